import type { CircleKind } from '@recipro/core';
import { useId } from 'react';
import type { BalanceWindow, Insight } from '../api-balance.ts';
import { Empty } from '../components/Empty.tsx';
import { GuideLinks } from '../components/GuideLinks.tsx';
import { t } from '../i18n/index.ts';
import { InsightItem } from './InsightItem.tsx';
import { insightText } from './insight-words.ts';
import { onePerPair } from './one-per-pair.ts';

interface InsightsPanelProps {
  readonly insights: readonly Insight[];
  /** The window the insights were read from. */
  readonly window: BalanceWindow;
  readonly circleKind: CircleKind;
  readonly nameOf: (memberId: string) => string;
  readonly me: string;
}

/**
 * What stands out in the view, each insight said in the reader's language from its kind and
 * evidence (insight-words.ts), with its evidence on demand. An insight this copy of the app has
 * no words for (a kind newer than it, while an old copy is still open) is left out.
 */
export function InsightsPanel({ insights, window, circleKind, nameOf, me }: InsightsPanelProps) {
  const id = useId();
  const setting = { circleKind, window, nameOf };
  const said = onePerPair(insights, me).flatMap((insight) => {
    const text = insightText(insight, setting);
    return text === null ? [] : [{ insight, text }];
  });
  return (
    <section className="card insights" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('balance.insights.title')}</h2>
      {said.length === 0 ? (
        <Empty>{t('balance.insights.empty')}</Empty>
      ) : (
        <ul className="insight-list">
          {said.map(({ insight, text }, index) => (
            <InsightItem
              key={`${insight.kind}-${index}`}
              insight={insight}
              text={text}
              nameOf={nameOf}
              me={me}
            />
          ))}
        </ul>
      )}
      <GuideLinks place="balance.insights" insights={said.map(({ insight }) => insight.kind)} />
    </section>
  );
}
