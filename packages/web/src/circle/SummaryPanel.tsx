import { Fragment, useId } from 'react';
import type { CircleDetail, Summary } from '../api.ts';
import { Empty } from '../components/Empty.tsx';
import { t, tn, type MessageKey } from '../i18n/index.ts';
import { openingName } from '../components/names.ts';
import { PairLine } from './PairLine.tsx';
import { amongOthers, mySide, reachedMe, rhythmWith, type Rhythm } from './summaryLines.ts';
import { summaryPeople } from './summaryPeople.ts';

interface SummaryPanelProps {
  readonly circle: CircleDetail;
  readonly summary: Summary;
}

const RHYTHM: Readonly<Record<Rhythm, MessageKey>> = {
  thin: 'summary.rhythm.thin',
  both_ways: 'summary.rhythm.bothWays',
  toward_me: 'summary.rhythm.towardMe',
  from_me: 'summary.rhythm.fromMe',
};

/**
 * The last days of care, said to me about me: it leads with the care that reached me and what
 * I noticed, then how the rhythm with each person has moved, then my own giving. Another
 * person's counts never appear here, nor two counts side by side (docs/voice.md).
 */
export function SummaryPanel({ circle, summary }: SummaryPanelProps) {
  const id = useId();
  const me = circle.myMemberId;
  const others = summaryPeople(circle, summary.pairs);
  const mine = mySide(summary.pairs, me);

  return (
    <section className="card summary" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('summary.title', { days: summary.days })}</h2>
      <p className="muted">{t('summary.intro')}</p>
      {others.length === 0 && <Empty>{t('summary.empty', { days: summary.days })}</Empty>}
      {others.length > 0 && (
        <div className="pair">
          <h3>{t('summary.reachedYou')}</h3>
          <ul className="pair-lines">
            {others.map((other) => (
              <Fragment key={other.id}>
                <PairLine
                  icon="received"
                  text={openingName(
                    t(
                      reachedMe(summary.pairs, me, other.id)
                        ? 'summary.receivedFrom'
                        : 'summary.receivedNone',
                      { name: other.name },
                    ),
                  )}
                />
                <PairLine
                  icon="balance"
                  text={t(RHYTHM[rhythmWith(summary.pairs, me, other.id)], { name: other.name })}
                />
              </Fragment>
            ))}
            {mine.iNoticed > 0 && (
              <PairLine icon="check" text={tn('summary.youNoticed', mine.iNoticed)} />
            )}
          </ul>
        </div>
      )}
      {others.length > 0 && (
        <div className="pair">
          <h3>{t('summary.yourCare')}</h3>
          <ul className="pair-lines">
            <PairLine
              icon="gave"
              text={mine.gave > 0 ? tn('summary.youGave', mine.gave) : t('summary.youGaveNone')}
              aside={
                mine.gaveNoticed > 0 ? tn('summary.yoursNoticed', mine.gaveNoticed) : undefined
              }
            />
          </ul>
        </div>
      )}
      {amongOthers(summary.pairs, me) && <p className="muted">{t('summary.others')}</p>}
    </section>
  );
}
