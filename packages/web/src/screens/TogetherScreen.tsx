import { lazy, Suspense } from 'react';
import { Loading } from '../components/Loading.tsx';
import { useCircle } from '../hooks/useCircle.ts';
import { CircleUnavailable } from '../components/CircleUnavailable.tsx';

/** The load divider (with its chart library) and rituals load on first visit. */
const LoadView = lazy(() =>
  import('../load/LoadView.tsx').then((module) => ({ default: module.LoadView })),
);
const RitualsView = lazy(() =>
  import('../rituals/RitualsView.tsx').then((module) => ({ default: module.RitualsView })),
);

/** Share the load and rituals for one circle: loads the circle, then shows the page. */
export function TogetherScreen({
  circleId,
  page,
}: {
  readonly circleId: string;
  readonly page: 'load' | 'rituals';
}) {
  const { state, missing } = useCircle(circleId);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <CircleUnavailable error={state.error} missing={missing} />;
  return (
    <Suspense fallback={<Loading />}>
      {page === 'load' ? <LoadView circle={state.data} /> : <RitualsView circle={state.data} />}
    </Suspense>
  );
}
