import { ScreenSkeleton } from '../components/Skeleton.tsx';
import type { CycleRoute } from '../router/cycle.ts';
import { useCircle } from '../hooks/useCircle.ts';
import { RepairGuideScreen } from '../repair-guide/RepairGuideScreen.tsx';
import { CheckinDetailScreen } from './CheckinDetailScreen.tsx';
import { CheckinScreen } from './CheckinScreen.tsx';
import { ExpressScreen } from './ExpressScreen.tsx';
import { ReflectScreen } from './ReflectScreen.tsx';
import { RepairScreen } from './RepairScreen.tsx';
import { ReviewScreen } from './ReviewScreen.tsx';
import '../cycle/cycle.css';
import { CircleUnavailable } from '../components/CircleUnavailable.tsx';

/** The steps of the RECIPRO cycle for one circle: loads the circle, then shows the step. */
export function CycleScreen({ route }: { readonly route: CycleRoute }) {
  const { state, missing } = useCircle(route.circleId);
  if (state.status === 'loading') return <ScreenSkeleton layout="page" />;
  if (state.status === 'failed') return <CircleUnavailable error={state.error} missing={missing} />;
  const circle = state.data;
  switch (route.step) {
    case 'checkin':
      return route.checkinId ? (
        <CheckinDetailScreen key={route.checkinId} circle={circle} checkinId={route.checkinId} />
      ) : (
        <CheckinScreen circle={circle} />
      );
    case 'reflect':
      return <ReflectScreen circle={circle} />;
    case 'express':
      return <ExpressScreen circle={circle} />;
    case 'repair':
      return route.ruptureId ? (
        <RepairGuideScreen key={route.ruptureId} circle={circle} ruptureId={route.ruptureId} />
      ) : (
        <RepairScreen circle={circle} />
      );
    case 'review':
      return <ReviewScreen circle={circle} />;
  }
}
