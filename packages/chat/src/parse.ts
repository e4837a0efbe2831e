import { concat, readExport, type Reader } from './export-reader.ts';
import { parseJsonExport } from './json/json-export.ts';
import { LineSplitter } from './lines.ts';
import type { ByteSource, ChatFormat, DateOrder, DateOrderDecision, MessageSink } from './model.ts';
import type { Container } from './sniff.ts';
import { WhatsAppLineParser } from './whatsapp/parser.ts';
import { ZipChatReader } from './zip.ts';

/** Options for {@link parseChat}. */
export interface ParseOptions {
  /** WhatsApp only: read dates in this order instead of deciding from the dates. */
  readonly dateOrder?: DateOrder;
  /** Refuse input larger than this many bytes (`too_large`). Default: no limit. */
  readonly maxBytes?: number;
  /** Called after each chunk with the number of bytes read so far. */
  readonly onProgress?: (bytesRead: number) => void;
}

/** What was read, besides the messages themselves. */
export interface ParseSummary {
  readonly format: ChatFormat;
  /** WhatsApp: how the date order was decided. */
  readonly dateOrder?: DateOrderDecision;
  /** The chat's name when the export names it (Telegram, Messenger). */
  readonly chatName?: string;
}

/**
 * Reads a chat export in one pass and sends every message to `sink` in export order
 * (Messenger's newest-first order is reversed). Detects the format from the first bytes.
 * Throws only {@link ChatParseError} for bad input.
 *
 * @example
 * const messages: ChatMessage[] = [];
 * const { format } = await parseChat(chunks, (m) => messages.push(m));
 */
export async function parseChat(
  source: ByteSource,
  sink: MessageSink,
  options: ParseOptions = {},
): Promise<ParseSummary> {
  return readExport(source, options, (container) => messageReader(container, sink, options));
}

/** The reader that turns a container's bytes into messages for `sink`. */
export function messageReader(
  container: Container,
  sink: MessageSink,
  options: ParseOptions,
): Reader {
  return container === 'zip'
    ? zipReader(sink, options)
    : container === 'json'
      ? jsonReader(sink)
      : textReader(sink, options);
}

function textReader(sink: MessageSink, options: ParseOptions): Reader {
  const parser = new WhatsAppLineParser(sink, options);
  const lines = new LineSplitter((line) => parser.pushLine(line));
  return {
    push: (bytes) => lines.push(bytes),
    end: () => {
      lines.end();
      return { format: 'whatsapp', dateOrder: parser.end() };
    },
  };
}

function zipReader(sink: MessageSink, options: ParseOptions): Reader {
  const parser = new WhatsAppLineParser(sink, options);
  const lines = new LineSplitter((line) => parser.pushLine(line));
  const zip = new ZipChatReader((bytes) => lines.push(bytes));
  return {
    push: (bytes) => zip.push(bytes),
    end: () => {
      zip.end();
      lines.end();
      return { format: 'whatsapp', dateOrder: parser.end() };
    },
  };
}

function jsonReader(sink: MessageSink): Reader {
  const chunks: Uint8Array[] = [];
  let size = 0;
  return {
    push: (bytes) => {
      chunks.push(bytes);
      size += bytes.length;
    },
    end: () => {
      const { format, chatName } = parseJsonExport(concat(chunks, size), sink);
      return chatName === undefined ? { format } : { format, chatName };
    },
  };
}
