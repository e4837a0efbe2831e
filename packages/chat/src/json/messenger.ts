import type { MessageKind, MessageSink } from '../model.ts';
import { asRecord, num, str } from './fields.ts';
import { repairMojibake } from './mojibake.ts';

const mediaFields = ['photos', 'videos', 'files', 'audio_files', 'gifs', 'sticker', 'share'];

/** Whether a parsed JSON value looks like a Messenger/Instagram `message_N.json`. */
export function isMessengerExport(root: Record<string, unknown>): boolean {
  return Array.isArray(root['messages']) && Array.isArray(root['participants']);
}

/**
 * Messenger `message_N.json` → messages, oldest first (the export lists newest first).
 * Names and texts are repaired from Facebook's byte-per-character encoding. Returns the title.
 */
export function parseMessenger(
  root: Record<string, unknown>,
  sink: MessageSink,
): string | undefined {
  const items: { time: number; m: Record<string, unknown> }[] = [];
  for (const item of root['messages'] as unknown[]) {
    const m = asRecord(item);
    const time = m ? num(m, 'timestamp_ms') : undefined;
    if (m && time !== undefined) items.push({ time, m });
  }
  items.sort((x, y) => x.time - y.time);
  for (const { time, m } of items) {
    const content = str(m, 'content');
    const text = content === undefined ? '' : repairMojibake(content);
    let kind: MessageKind = 'text';
    if (m['is_unsent'] === true) kind = 'deleted';
    else if (m['call_duration'] !== undefined) kind = 'system';
    else if (content === undefined && mediaFields.some((f) => m[f] !== undefined)) kind = 'media';
    const sender = str(m, 'sender_name');
    const author = kind === 'system' || sender === undefined ? null : repairMojibake(sender);
    sink({ author, time, zoned: true, kind: author === null ? 'system' : kind, text });
  }
  const title = str(root, 'title');
  return title === undefined ? undefined : repairMojibake(title);
}
