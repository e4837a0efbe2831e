import { ByteLineSplitter } from './byte-lines.ts';
import type { Reader } from './export-reader.ts';
import type { ParseOptions } from './parse.ts';
import { WhatsAppByteParser, type MessageCounter } from './whatsapp/byte-parser.ts';
import { ZipChatReader } from './zip.ts';

/**
 * The reader for a WhatsApp text export (`zip` false) or a WhatsApp zip that counts each
 * message into `counter` straight from the bytes, without making a message or decoding its
 * text: what analyzeChat uses where parseChat would use its text and zip readers.
 */
export function countingReader<P>(
  zip: boolean,
  counter: MessageCounter<P>,
  options: ParseOptions,
): Reader {
  const parser = new WhatsAppByteParser(counter, options);
  const lines = new ByteLineSplitter((bytes, start, end) => parser.pushLine(bytes, start, end));
  const archive = zip ? new ZipChatReader((bytes) => lines.push(bytes)) : null;
  return {
    push: (bytes) => (archive === null ? lines.push(bytes) : archive.push(bytes)),
    end: () => {
      archive?.end();
      lines.end();
      return { format: 'whatsapp', dateOrder: parser.end() };
    },
  };
}
