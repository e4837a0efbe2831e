import { useId } from 'react';
import type { CircleDetail } from '../api.ts';
import type { RepairStats } from '../api-cycle.ts';
import { memberNamer, openingName } from '../circle/names.ts';
import { Empty } from '../components/Empty.tsx';
import { t, tn } from '../i18n/index.ts';
import { formatDuration, formatPercent } from './duration.ts';

/** Who tends to reach out, how soon repair comes, and the 24-hour goal, said gently. */
export function RepairShares({
  circle,
  stats,
}: {
  readonly circle: CircleDetail;
  readonly stats: RepairStats;
}) {
  const id = useId();
  const nameOf = memberNamer(circle);
  const started = stats.startedShares.reduce((sum, s) => sum + s.started, 0);
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('repair.stats.title')}</h2>
      {started === 0 ? (
        <Empty>{t('repair.stats.empty')}</Empty>
      ) : (
        <ul className="share-list">
          {stats.startedShares.map((share) => (
            <li key={share.memberId}>
              <span>
                {openingName(
                  tn('repair.stats.started', share.started, {
                    name:
                      share.memberId === circle.myMemberId
                        ? t('checkin.reveal.you')
                        : nameOf(share.memberId),
                  }),
                )}
              </span>
              <span className="muted">
                {' '}
                · {t('repair.stats.share', { percent: formatPercent(share.share) })}
              </span>
              <div className="share-bar" aria-hidden="true">
                <div
                  className="share-fill"
                  style={{ width: `${Math.round(share.share * 100)}%` }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      {stats.medianSecondsToRepair !== null && (
        <p>{t('repair.stats.median', { duration: formatDuration(stats.medianSecondsToRepair) })}</p>
      )}
      <p className="muted">
        {stats.withinGoalShare === null
          ? t('repair.stats.goalNone')
          : t('repair.stats.goal', { percent: formatPercent(stats.withinGoalShare) })}
      </p>
    </section>
  );
}
