import { DashboardView } from '../dashboard/DashboardView.tsx';

/**
 * Practice balance for one circle (see dashboard/DashboardView.tsx). The screen and its chart
 * library are one chunk, loaded when the route opens (Routes.tsx), while its data is read at
 * the same time (queries.ts).
 */
export function DashboardScreen({ circleId }: { readonly circleId: string }) {
  return <DashboardView circleId={circleId} />;
}
