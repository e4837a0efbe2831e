import { ChatParseError } from './errors.ts';
import { parseJsonExport } from './json/json-export.ts';
import { LineSplitter } from './lines.ts';
import type { ByteSource, ChatFormat, DateOrder, DateOrderDecision, MessageSink } from './model.ts';
import { SNIFF_BYTES, sniffContainer, type Container } from './sniff.ts';
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

/** One of the three ways bytes are consumed once the container is known. */
interface Reader {
  push(bytes: Uint8Array): void;
  end(): ParseSummary;
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
  const maxBytes = options.maxBytes ?? Infinity;
  let total = 0;
  let reader: Reader | null = null;
  let head: Uint8Array[] = [];
  let headBytes = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > maxBytes) throw new ChatParseError('too_large');
    if (reader === null) {
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes >= SNIFF_BYTES) {
        reader = openReader(concat(head, headBytes), sink, options);
        head = [];
      }
    } else if (chunk.length > 0) {
      reader.push(chunk);
    }
    options.onProgress?.(total);
  }
  reader ??= openReader(concat(head, headBytes), sink, options);
  return reader.end();
}

function openReader(head: Uint8Array, sink: MessageSink, options: ParseOptions): Reader {
  const container: Container = sniffContainer(head);
  const reader =
    container === 'zip'
      ? zipReader(sink, options)
      : container === 'json'
        ? jsonReader(sink)
        : textReader(sink, options);
  reader.push(head);
  return reader;
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

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
