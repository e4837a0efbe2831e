import { ScreenSkeleton } from '../components/Skeleton.tsx';
import { useCircle } from '../hooks/useCircle.ts';
import { CircleUnavailable } from '../components/CircleUnavailable.tsx';
import { LoadView } from '../load/LoadView.tsx';
import { RitualsView } from '../rituals/RitualsView.tsx';

/**
 * Share the load and rituals for one circle: loads the circle, then shows the page. The load
 * divider (with its chart library) and rituals come with this route's chunk (Routes.tsx).
 */
export function TogetherScreen({
  circleId,
  page,
}: {
  readonly circleId: string;
  readonly page: 'load' | 'rituals';
}) {
  const { state, missing } = useCircle(circleId);
  if (state.status === 'loading') return <ScreenSkeleton layout="cards" />;
  if (state.status === 'failed') return <CircleUnavailable error={state.error} missing={missing} />;
  return page === 'load' ? <LoadView circle={state.data} /> : <RitualsView circle={state.data} />;
}
