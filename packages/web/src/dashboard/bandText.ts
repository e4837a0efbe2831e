import type { PairBalance } from '../api-balance.ts';
import { t } from '../i18n/index.ts';

/** One sentence on where a pair's rhythm sits, naming who gave more without blaming anyone. */
export function bandText(
  pair: PairBalance,
  fromName: string,
  toName: string,
  period: string,
): string {
  if (pair.thin) return t('balance.band.thin.text', { period });
  if (pair.band === 'in_rhythm' || pair.index === 0) {
    return t('balance.band.in_rhythm.text', { period });
  }
  const [giver, other] = pair.index > 0 ? [fromName, toName] : [toName, fromName];
  return t(`balance.band.${pair.band}.text`, { giver, other, period });
}
