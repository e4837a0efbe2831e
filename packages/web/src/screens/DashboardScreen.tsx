import { lazy, Suspense } from 'react';
import { Loading } from '../components/Loading.tsx';

/** The dashboard and its chart library load on first visit, keeping the app's first load small. */
const DashboardView = lazy(() =>
  import('../dashboard/DashboardView.tsx').then((module) => ({ default: module.DashboardView })),
);

/** Practice balance for one circle (see dashboard/DashboardView.tsx). */
export function DashboardScreen({ circleId }: { readonly circleId: string }) {
  return (
    <Suspense fallback={<Loading />}>
      <DashboardView circleId={circleId} />
    </Suspense>
  );
}
