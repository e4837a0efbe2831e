import type { PairBalance } from '../api-balance.ts';
import { t } from '../i18n/index.ts';

/**
 * One sentence on where a pair's rhythm sits, for the member `me` (docs/voice.md): a pair that
 * includes me is told from my side ("leaned toward you", "come mostly from you"); a pair of two
 * others is told as a pattern, never whose side care came from.
 */
export function bandText(
  pair: PairBalance,
  me: string,
  fromName: string,
  toName: string,
  period: string,
): string {
  if (pair.thin) return t('balance.band.thin.text', { period });
  if (pair.band === 'in_rhythm' || pair.index === 0) {
    return t('balance.band.in_rhythm.text', { period });
  }
  const band = pair.band;
  if (pair.fromMemberId === me || pair.toMemberId === me) {
    const other = pair.fromMemberId === me ? toName : fromName;
    const fromMe = pair.fromMemberId === me ? pair.index > 0 : pair.index < 0;
    return t(`balance.band.${band}.${fromMe ? 'fromYou' : 'towardYou'}`, { other, period });
  }
  return t(`balance.band.${band}.others`, { a: fromName, b: toName, period });
}
