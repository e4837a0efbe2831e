import { repairPattern } from '@recipro/core';
import { useId } from 'react';
import type { CircleDetail } from '../api.ts';
import type { RepairStats } from '../api-cycle.ts';
import { Empty } from '../components/Empty.tsx';
import { t, tn } from '../i18n/index.ts';
import { formatDuration, formatPercent } from './duration.ts';

/**
 * Where repair tends to start, as a pattern, with my own count to me only; how soon repair comes,
 * and the 24-hour goal, said gently. Nobody else's count is shown (docs/voice.md).
 */
export function RepairShares({
  circle,
  stats,
}: {
  readonly circle: CircleDetail;
  readonly stats: RepairStats;
}) {
  const id = useId();
  const me = circle.myMemberId;
  const started = stats.startedShares.reduce((sum, s) => sum + s.started, 0);
  const mine = stats.startedShares.find((s) => s.memberId === me)?.started ?? 0;
  const pattern = repairPattern(stats.startedShares);
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('repair.stats.title')}</h2>
      {started === 0 ? (
        <Empty>{t('repair.stats.empty')}</Empty>
      ) : (
        <>
          {pattern.kind !== 'thin' && (
            <p>
              {pattern.kind === 'both_sides'
                ? t('repair.stats.bothSides')
                : pattern.memberId === me
                  ? t('repair.stats.mostlyYou')
                  : t('repair.stats.oneSide')}
            </p>
          )}
          <p className="muted">
            {mine > 0 ? tn('repair.stats.yours', mine) : t('repair.stats.yoursNone')}
          </p>
        </>
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
