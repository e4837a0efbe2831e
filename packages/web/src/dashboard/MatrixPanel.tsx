import { useId } from 'react';
import type { BalanceView } from '../api-balance.ts';
import { t } from '../i18n/index.ts';
import { formatPercent } from './labels.ts';

interface MatrixPanelProps {
  readonly view: BalanceView;
  readonly me: string;
  readonly period: string;
}

/** The normalised Gini in words: how widely the circle's care is shared. */
function spreadWords(gini: number, members: number): string {
  const spread = members > 1 ? (gini * members) / (members - 1) : 0;
  if (spread < 0.25) return t('balance.matrix.spread.even');
  if (spread < 0.5) return t('balance.matrix.spread.some');
  return t('balance.matrix.spread.narrow');
}

/**
 * For families and teams: how widely the circle's care is spread, as a pattern, and my own share
 * of it. Nobody else's share or who-gave-whom is shown: every member sees this panel alike
 * (docs/voice.md).
 */
export function MatrixPanel({ view, me, period }: MatrixPanelProps) {
  const id = useId();
  const mine = view.loadShares.find((share) => share.memberId === me);
  return (
    <section className="card matrix" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('balance.matrix.title')}</h2>
      <p>
        {t('balance.matrix.summary', {
          period,
          spread: spreadWords(view.gini, view.matrix.memberIds.length),
        })}
      </p>
      {mine && mine.effort > 0 && (
        <p className="muted">
          {t('balance.matrix.mine', { share: formatPercent(mine.share), period })}
        </p>
      )}
    </section>
  );
}
