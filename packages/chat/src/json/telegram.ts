import { daysFromCivil, MS_PER_DAY } from '../civil-time.ts';
import { ChatParseError } from '../errors.ts';
import type { MessageKind, MessageSink } from '../model.ts';
import { asRecord, num, str } from './fields.ts';

/** Fields whose presence marks a Telegram message as a photo, file, sticker, etc. */
const mediaFields = [
  'photo',
  'file',
  'media_type',
  'sticker_emoji',
  'location_information',
  'contact_information',
  'poll',
];

/** Whether a parsed JSON value looks like a Telegram Desktop export (one chat or a whole account). */
export function isTelegramExport(root: Record<string, unknown>): boolean {
  if (Array.isArray(asRecord(root['chats'])?.['list'])) return true;
  const messages = root['messages'];
  if (!Array.isArray(messages)) return false;
  if (root['participants'] !== undefined) return false;
  const first = asRecord(messages[0]);
  return (
    typeof root['type'] === 'string' || first === undefined || typeof first['type'] === 'string'
  );
}

/**
 * Telegram Desktop JSON → messages. A full-account export (`chats.list`) holds many chats;
 * the one with the most messages is read, as a reciprocity report is about one relationship.
 * Returns that chat's name.
 */
export function parseTelegram(
  root: Record<string, unknown>,
  sink: MessageSink,
): string | undefined {
  let chat = root;
  const list = asRecord(root['chats'])?.['list'];
  if (Array.isArray(list)) {
    let best: Record<string, unknown> | undefined;
    for (const item of list) {
      const c = asRecord(item);
      const size = c && Array.isArray(c['messages']) ? c['messages'].length : -1;
      if (c && size >= 0 && (!best || size > (best['messages'] as unknown[]).length)) best = c;
    }
    if (!best) throw new ChatParseError('not_a_chat', 'The Telegram export holds no chats.');
    chat = best;
  }
  const messages = chat['messages'];
  if (!Array.isArray(messages))
    throw new ChatParseError('not_a_chat', 'The Telegram export has no messages.');
  for (const item of messages) {
    const m = asRecord(item);
    if (!m) continue;
    const when = readTime(m);
    if (!when) continue;
    const text = readText(m['text']);
    if (str(m, 'type') === 'service') {
      sink({
        author: null,
        time: when.time,
        zoned: when.zoned,
        kind: 'system',
        text: text || (str(m, 'action') ?? ''),
      });
      continue;
    }
    const author = str(m, 'from') ?? str(m, 'actor') ?? 'Deleted Account';
    let kind: MessageKind = 'text';
    if (text === '' && mediaFields.some((f) => m[f] !== undefined)) kind = 'media';
    sink({ author, time: when.time, zoned: when.zoned, kind, text });
  }
  return str(chat, 'name');
}

/** Telegram text: a string, or an array of strings and `{ type, text }` entities. */
function readText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (!Array.isArray(v)) return '';
  let out = '';
  for (const part of v) {
    if (typeof part === 'string') out += part;
    else {
      const t = asRecord(part);
      if (t && typeof t['text'] === 'string') out += t['text'];
    }
  }
  return out;
}

/** Epoch from `date_unixtime` when present; otherwise the local `date` as wall-clock time. */
function readTime(m: Record<string, unknown>): { time: number; zoned: boolean } | undefined {
  const unix = num(m, 'date_unixtime');
  if (unix !== undefined) return { time: unix * 1000, zoned: true };
  const date = str(m, 'date');
  const parts = date ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(date) : null;
  if (!parts) return undefined;
  const [, y, mo, d, h, mi, s] = parts.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    time: daysFromCivil(y, mo, d) * MS_PER_DAY + ((h * 60 + mi) * 60 + s) * 1000,
    zoned: false,
  };
}
