import type { ChatReport, ParticipantReport } from '@recipro/chat';

const BAR_WIDTH = 24;

/** A bar of `share` (0..1) in block characters, padded to a fixed width. */
export function bar(share: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, share)) * BAR_WIDTH * 8);
  const full = Math.floor(eighths / 8);
  const partial = eighths % 8;
  const partials = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
  return ('█'.repeat(full) + partials[partial]).padEnd(BAR_WIDTH, ' ');
}

/** Seconds as a short human duration: `45 s`, `12 min`, `3.5 h`, `2 d`. */
export function humanSeconds(seconds: number | null): string {
  if (seconds === null) return '–';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  if (seconds < 36 * 3600) return `${Number((seconds / 3600).toFixed(1))} h`;
  return `${(seconds / 86_400).toFixed(1)} d`;
}

/** 1234567 → "1,234,567": long chats have long numbers. */
const count = (n: number): string => n.toLocaleString('en-US');

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${count(n)} ${n === 1 ? one : many}`;

/**
 * A report time for reading: `2024-03-09 21:58` for the export's own wall clock, with ` UTC`
 * for a time the export gave with its zone (the JSON keeps the full ISO-8601).
 */
export function readableTime(iso: string): string {
  const zoned = iso.endsWith('Z');
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${zoned ? ' UTC' : ''}`;
}

const pct = (share: number): string => `${Math.round(share * 100)}%`.padStart(4);

function section(
  title: string,
  people: readonly ParticipantReport[],
  width: number,
  share: (p: ParticipantReport) => number,
  detail: (p: ParticipantReport) => string,
): string[] {
  return [
    title,
    ...people.map(
      (p) => `  ${p.name.padEnd(width)} ${bar(share(p))} ${pct(share(p))}  ${detail(p)}`,
    ),
    '',
  ];
}

const shareOf = (people: readonly ParticipantReport[], pick: (p: ParticipantReport) => number) => {
  const total = people.reduce((sum, p) => sum + pick(p), 0);
  return (p: ParticipantReport): number => (total === 0 ? 0 : pick(p) / total);
};

/** The readable report of `recipro analyze` (without `--json`). */
export function renderTextReport(report: ChatReport): string {
  const people = report.participants;
  const width = Math.min(28, Math.max(6, ...people.map((p) => p.name.length)));
  const lines = [
    `${report.format} chat${report.chatName ? ` "${report.chatName}"` : ''}: ${plural(report.messages, 'message')} from ${people.length} ${people.length === 1 ? 'person' : 'people'}` +
      (report.systemMessages > 0 ? ` (and ${plural(report.systemMessages, 'system line')})` : ''),
    report.first && report.last
      ? `from ${readableTime(report.first)} to ${readableTime(report.last)}`
      : 'no messages',
    '',
  ];
  if (people.length === 0) return lines.join('\n');
  lines.push(
    ...section(
      'Who talks (share of messages)',
      people,
      width,
      (p) => p.shareOfMessages,
      (p) => `${plural(p.messages, 'message')}, ${plural(p.words, 'word')}`,
    ),
    ...section(
      'Who asks (questions)',
      people,
      width,
      shareOf(people, (p) => p.questions),
      (p) => count(p.questions),
    ),
    ...section(
      `Who starts conversations (after ${humanSeconds(report.silenceSeconds)} of silence)`,
      people,
      width,
      shareOf(people, (p) => p.conversationStarts),
      (p) => count(p.conversationStarts),
    ),
    ...section(
      'Who apologises or repairs',
      people,
      width,
      shareOf(people, (p) => p.apologies),
      (p) => count(p.apologies),
    ),
    ...section(
      'Who says thank you',
      people,
      width,
      shareOf(people, (p) => p.appreciations),
      (p) => count(p.appreciations),
    ),
    'How fast each replies (median)',
    ...people.map(
      (p) =>
        `  ${p.name.padEnd(width)} ${humanSeconds(p.medianReplySeconds).padStart(8)}  over ${plural(p.replies, 'reply', 'replies')}`,
    ),
  );
  return lines.join('\n');
}
