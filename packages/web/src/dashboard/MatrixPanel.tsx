import { useId } from 'react';
import type { BalanceView } from '../api-balance.ts';
import { t } from '../i18n/index.ts';
import { formatAmount, formatPercent } from './labels.ts';

interface MatrixPanelProps {
  readonly view: BalanceView;
  readonly nameOf: (memberId: string) => string;
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
 * For families and teams: who gave whom care, as a table whose cells deepen softly with the
 * effort, and each member's share of the circle's care in words.
 */
export function MatrixPanel({ view, nameOf, period }: MatrixPanelProps) {
  const id = useId();
  const { memberIds, effort } = view.matrix;
  const most = Math.max(1, ...effort.flat());
  const top = [...view.loadShares].sort((a, b) => b.share - a.share)[0];
  return (
    <section className="card matrix" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('balance.matrix.title')}</h2>
      {top && top.share > 0 && (
        <p>
          {t('balance.matrix.summary', {
            name: nameOf(top.memberId),
            share: formatPercent(top.share),
            period,
            spread: spreadWords(view.gini, memberIds.length),
          })}
        </p>
      )}
      <div className="table-scroll">
        <table className="matrix-table">
          <caption>{t('balance.matrix.caption', { period })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('balance.matrix.giver')}</th>
              {memberIds.map((to) => (
                <th key={to} scope="col">
                  {nameOf(to)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {memberIds.map((from, i) => (
              <tr key={from}>
                <th scope="row">{nameOf(from)}</th>
                {memberIds.map((to, j) => {
                  const value = effort[i]?.[j] ?? 0;
                  const depth = Math.round((value / most) * 4);
                  return i === j ? (
                    <td key={to} className="self">
                      {t('balance.matrix.self')}
                    </td>
                  ) : (
                    <td key={to} className={`depth-${depth}`}>
                      {formatAmount(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('balance.loads.title')}</h3>
      <ul className="loads">
        {view.loadShares.map((share) => (
          <li key={share.memberId}>
            {t('balance.loads.member', {
              name: nameOf(share.memberId),
              share: formatPercent(share.share),
              household: formatPercent(share.household?.share ?? 0),
              emotional: formatPercent(share.emotional?.share ?? 0),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
