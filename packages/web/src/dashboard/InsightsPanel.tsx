import { useId } from 'react';
import type { Insight } from '../api-balance.ts';
import { Empty } from '../components/Empty.tsx';
import { GuideLinks } from '../components/GuideLinks.tsx';
import { t } from '../i18n/index.ts';
import { InsightItem } from './InsightItem.tsx';

interface InsightsPanelProps {
  readonly insights: readonly Insight[];
  readonly nameOf: (memberId: string) => string;
  readonly me: string;
}

/** What stands out in the view, as the server words it, each with its evidence on demand. */
export function InsightsPanel({ insights, nameOf, me }: InsightsPanelProps) {
  const id = useId();
  return (
    <section className="card insights" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('balance.insights.title')}</h2>
      {insights.length === 0 ? (
        <Empty>{t('balance.insights.empty')}</Empty>
      ) : (
        <ul className="insight-list">
          {insights.map((insight, index) => (
            <InsightItem
              key={`${insight.kind}-${index}`}
              insight={insight}
              nameOf={nameOf}
              me={me}
            />
          ))}
        </ul>
      )}
      <GuideLinks place="balance.insights" insights={insights.map((insight) => insight.kind)} />
    </section>
  );
}
