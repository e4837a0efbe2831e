import { ChatParseError } from '../errors.ts';
import type { ChatFormat, MessageSink } from '../model.ts';
import { createUtf8Decoder } from '../text-decoder.ts';
import { asRecord } from './fields.ts';
import { isMessengerExport, parseMessenger } from './messenger.ts';
import { isTelegramExport, parseTelegram } from './telegram.ts';

/** What reading a JSON export found. */
export interface JsonExportResult {
  readonly format: ChatFormat;
  readonly chatName: string | undefined;
}

/**
 * Parses a whole JSON export (Telegram or Messenger) and sends its messages to `sink`.
 * JSON exports are read whole: they are far smaller than WhatsApp text for the same history.
 */
export function parseJsonExport(bytes: Uint8Array, sink: MessageSink): JsonExportResult {
  let text: string;
  try {
    text = createUtf8Decoder(true).decode(bytes);
  } catch (cause) {
    // Past the engine's longest string (about 512 MB) decoding fails with a RangeError.
    if (cause instanceof RangeError) throw new ChatParseError('too_large', undefined, { cause });
    throw new ChatParseError('binary', 'The JSON is not valid UTF-8.', { cause });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (cause) {
    throw isTruncated(text)
      ? new ChatParseError('truncated_json', undefined, { cause })
      : new ChatParseError('invalid_json', undefined, { cause });
  }
  const record = asRecord(root);
  if (record && isMessengerExport(record))
    return { format: 'messenger', chatName: parseMessenger(record, sink) };
  if (record && isTelegramExport(record))
    return { format: 'telegram', chatName: parseTelegram(record, sink) };
  throw new ChatParseError('not_a_chat', 'The JSON is neither a Telegram nor a Messenger export.');
}

/** True when JSON text ends inside a string or with brackets still open. */
function isTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}
