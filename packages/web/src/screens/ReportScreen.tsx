import { CircleUnavailable } from '../components/CircleUnavailable.tsx';
import { ScreenSkeleton } from '../components/Skeleton.tsx';
import { useCircle } from '../hooks/useCircle.ts';
import { ReportsView } from '../reports/ReportsView.tsx';

/** Report for a counsellor, for one circle: loads the circle, then shows the page. */
export function ReportScreen({ circleId }: { readonly circleId: string }) {
  const { state, missing } = useCircle(circleId);
  if (state.status === 'loading') return <ScreenSkeleton layout="cards" />;
  if (state.status === 'failed') return <CircleUnavailable error={state.error} missing={missing} />;
  return <ReportsView circle={state.data} />;
}
