import { useId } from 'react';
import type { CircleDetail, PairSummary, Summary } from '../api.ts';
import { Empty } from '../components/Empty.tsx';
import { t, tn } from '../i18n/index.ts';
import { memberNamer, openingName } from './names.ts';
import { PairLine } from './PairLine.tsx';
import { summaryPeople } from './summaryPeople.ts';

interface SummaryPanelProps {
  readonly circle: CircleDetail;
  readonly summary: Summary;
}

const NOTHING: Omit<PairSummary, 'fromMemberId' | 'toMemberId'> = {
  acts: 0,
  effort: 0,
  noticed: 0,
};

/**
 * The last days of care, told as what each person gave and received. Both directions sit side
 * by side as two facts, never subtracted: recipro shows rhythm, not a balance owed.
 */
export function SummaryPanel({ circle, summary }: SummaryPanelProps) {
  const id = useId();
  const me = circle.myMemberId;
  const nameOf = memberNamer(circle);
  const pair = (from: string, to: string) =>
    summary.pairs.find((p) => p.fromMemberId === from && p.toMemberId === to) ?? NOTHING;
  const others = summaryPeople(circle, summary.pairs);
  const amongOthers = summary.pairs.filter(
    (p) => p.fromMemberId !== me && p.toMemberId !== me && p.acts > 0,
  );

  return (
    <section className="card summary" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('summary.title', { days: summary.days })}</h2>
      <p className="muted">{t('summary.intro')}</p>
      {others.length === 0 && <Empty>{t('summary.empty', { days: summary.days })}</Empty>}
      {others.map((other) => {
        const gave = pair(me, other.id);
        const received = pair(other.id, me);
        const name = other.name;
        return (
          <div key={other.id} className="pair" data-member-id={other.id}>
            <h3>{t('summary.with', { name })}</h3>
            {gave.acts === 0 && received.acts === 0 ? (
              <p className="muted">{t('summary.quiet')}</p>
            ) : (
              <ul className="pair-lines">
                <PairLine
                  icon="gave"
                  text={
                    gave.acts > 0
                      ? tn('summary.gave', gave.acts, { name })
                      : t('summary.gaveNone', { name })
                  }
                  aside={
                    gave.noticed > 0
                      ? t('summary.theyNoticed', { name, count: gave.noticed })
                      : undefined
                  }
                />
                <PairLine
                  icon="received"
                  text={
                    received.acts > 0
                      ? openingName(tn('summary.received', received.acts, { name }))
                      : t('summary.receivedNone', { name })
                  }
                  aside={
                    received.noticed > 0
                      ? t('summary.youNoticed', { count: received.noticed })
                      : undefined
                  }
                />
              </ul>
            )}
          </div>
        );
      })}
      {amongOthers.length > 0 && (
        <div className="pair">
          <h3>{t('summary.others')}</h3>
          <ul className="pair-lines">
            {amongOthers.map((p) => (
              <li key={`${p.fromMemberId}-${p.toMemberId}`}>
                {openingName(
                  tn('summary.between', p.acts, {
                    from: nameOf(p.fromMemberId),
                    to: nameOf(p.toMemberId),
                  }),
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
