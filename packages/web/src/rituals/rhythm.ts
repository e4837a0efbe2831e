import type { Ritual } from '../api-load.ts';
import { t, tn } from '../i18n/index.ts';

/**
 * The gentle rhythm of a ritual in words: "Done 3 of the last 4 times." and, when it is going
 * well, how many times in a row. A missed time is never called a broken streak.
 */
export function rhythmText(rhythm: Ritual['rhythm']): string {
  if (rhythm.of === 0) return t('rituals.rhythmNew');
  const parts = [t('rituals.rhythm', { done: rhythm.done, of: rhythm.of })];
  if (rhythm.recentRun >= 2) parts.push(tn('rituals.rhythmRun', rhythm.recentRun));
  return parts.join(' ');
}
