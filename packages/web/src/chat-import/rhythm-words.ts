/**
 * A chat's rhythm in warm sentences that name nobody: whether talking, opening conversations,
 * asking, thanking and repairing are shared or come mostly from one side, and how soon replies
 * come. These are what the circle sees of a saved chat, and what the reader sees before saving.
 * A pair is spoken of as "both sides", a group as "several people". Pure, so the screen and its
 * tests read the same lines.
 */
import type { ChatRhythm, Spread } from '@recipro/chat';
import { t, type MessageKey } from '../i18n/index.ts';

type Aspect = 'talk' | 'starts' | 'questions' | 'thanks' | 'repair';
const ASPECTS: readonly Aspect[] = ['talk', 'starts', 'questions', 'thanks', 'repair'];

const spreadKey = (aspect: Aspect, spread: Spread, group: boolean): MessageKey | undefined => {
  if (spread === 'thin') return undefined;
  if (spread === 'none') return aspect === 'thanks' ? 'chat.rhythm.thanks.none' : undefined;
  return `chat.rhythm.${aspect}.${spread}.${group ? 'group' : 'pair'}`;
};

/** The sentences for a chat's rhythm among `people` people, most telling first. */
export function rhythmSentences(rhythm: ChatRhythm, people: number): string[] {
  const group = people > 2;
  const out: string[] = [];
  for (const aspect of ASPECTS) {
    const key = spreadKey(aspect, rhythm[aspect], group);
    if (key) out.push(t(key));
  }
  if (rhythm.replyPace !== 'unknown') out.push(t(`chat.rhythm.pace.${rhythm.replyPace}`));
  if (rhythm.replyBalance !== 'unknown') {
    out.push(t(`chat.rhythm.balance.${rhythm.replyBalance}.${group ? 'group' : 'pair'}`));
  }
  if (rhythm.lately) {
    const { weeks } = rhythm.lately;
    for (const aspect of ['talk', 'starts'] as const) {
      const spread = rhythm.lately[aspect];
      if (spread === 'shared' || spread === 'one_side') {
        out.push(
          t(`chat.rhythm.lately.${aspect}.${spread}.${group ? 'group' : 'pair'}`, { weeks }),
        );
      }
    }
  }
  if (out.length === 0) out.push(t('chat.rhythm.tooShort'));
  return out;
}
