import type { CircleDetail } from '../api.ts';
import { listCheckins, type CheckinHistory as History } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { CheckinHistory } from '../cycle/CheckinHistory.tsx';
import { CheckinSchedule } from '../cycle/CheckinSchedule.tsx';
import { OpenCheckin } from '../cycle/OpenCheckin.tsx';
import { StepHeader } from '../components/StepHeader.tsx';
import { usePages } from '../hooks/usePages.ts';
import { describeError } from '../errors.ts';
import { GuideLinks } from '../components/GuideLinks.tsx';
import { t } from '../i18n/index.ts';

/** Check in: start a check-in, and the list of past and open ones. */
export function CheckinScreen({ circle }: { readonly circle: CircleDetail }) {
  const { state, more } = usePages(
    (cursor) => listCheckins(circle.id, cursor),
    (page) => page.checkins,
    (item: History['checkins'][number]) => item.id,
    circle.id,
  );
  return (
    <div className="cycle-screen">
      <StepHeader title={t('checkin.title')} circle={circle} intro={t('checkin.intro')} />
      <GuideLinks place="checkin" />
      <div className="cycle-grid">
        <OpenCheckin circleId={circle.id} kind={circle.kind} />
        <CheckinSchedule circleId={circle.id} kind={circle.kind} />
        {state.status === 'loading' && <SkeletonList rows={2} />}
        {state.status === 'failed' && <Alert message={describeError(state.error)} />}
        {state.status === 'ready' && (
          <CheckinHistory
            circleId={circle.id}
            checkins={state.data.items}
            next={state.data.next}
            onMore={more}
          />
        )}
      </div>
    </div>
  );
}
