/**
 * Warm sentences about a chat's patterns: whether opening conversations, asking, thanks and
 * repair come from one person or are shared, and how soon people reply. They name what someone does, never what
 * someone fails to do.
 */
import type { ParticipantReport } from '@recipro/chat';
import { t } from '../i18n/index.ts';
import { formatDuration, formatList } from './format.ts';

type Count = 'conversationStarts' | 'questions' | 'appreciations' | 'apologies';

const SENTENCES: readonly {
  metric: Count;
  one: 'chat.warm.starts' | 'chat.warm.asks' | 'chat.warm.thanks' | 'chat.warm.repair';
  shared:
    | 'chat.warm.startsShared'
    | 'chat.warm.asksShared'
    | 'chat.warm.thanksShared'
    | 'chat.warm.repairShared';
  none?: 'chat.warm.noThanks';
}[] = [
  { metric: 'conversationStarts', one: 'chat.warm.starts', shared: 'chat.warm.startsShared' },
  { metric: 'questions', one: 'chat.warm.asks', shared: 'chat.warm.asksShared' },
  {
    metric: 'appreciations',
    one: 'chat.warm.thanks',
    shared: 'chat.warm.thanksShared',
    none: 'chat.warm.noThanks',
  },
  { metric: 'apologies', one: 'chat.warm.repair', shared: 'chat.warm.repairShared' },
];

/** Counts within this share of the highest count are treated as equal. */
const CLOSE = 0.1;

/** The sentences for a report's people, most-talking person first. */
export function warmWords(people: readonly ParticipantReport[]): string[] {
  const out: string[] = [];
  for (const { metric, one, shared, none } of SENTENCES) {
    const top = Math.max(0, ...people.map((p) => p[metric]));
    if (top === 0) {
      if (none && people.length > 0) out.push(t(none));
      continue;
    }
    const leaders = people.filter((p) => p[metric] >= top * (1 - CLOSE));
    // One person ahead is said as a pattern, never named with a count (docs/voice.md).
    if (leaders.length === 1) out.push(t(one));
    else out.push(t(shared, { names: formatList(leaders.map((p) => p.name)) }));
  }
  for (const p of people) {
    if (p.medianReplySeconds !== null) {
      out.push(
        t('chat.warm.reply', { name: p.name, duration: formatDuration(p.medianReplySeconds) }),
      );
    }
  }
  return out;
}
