import { everyRitual } from '../api-load.ts';
import { Link } from '../components/Link.tsx';
import { ScreenSkeleton } from '../components/Skeleton.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { useCircle } from '../hooks/useCircle.ts';
import { useRemote } from '../hooks/useRemote.ts';
import { t } from '../i18n/index.ts';
import { togetherPaths } from '../router/together.ts';
import { RitualGuideView } from './RitualGuideView.tsx';
import { CircleUnavailable } from '../components/CircleUnavailable.tsx';

/** A ritual's guide: loads the circle and its rituals, then guides the one asked for. */
export function RitualGuideScreen({
  circleId,
  ritualId,
}: {
  readonly circleId: string;
  readonly ritualId: string;
}) {
  const { state: circle, missing } = useCircle(circleId);
  const { state: rituals } = useRemote(() => everyRitual(circleId), circleId);
  if (circle.status === 'loading' || rituals.status === 'loading') return <ScreenSkeleton />;
  const failure =
    circle.status === 'failed' ? circle.error : rituals.status === 'failed' ? rituals.error : null;
  if (circle.status === 'failed' || rituals.status === 'failed')
    return <CircleUnavailable error={failure} missing={missing} />;
  const ritual = rituals.data.find((r) => r.id === ritualId);
  if (!ritual) {
    return (
      <div className="card">
        <ScreenTitle>{t('ritualGuide.notFound.title')}</ScreenTitle>
        <p>{t('ritualGuide.notFound.body')}</p>
        <p>
          <Link to={togetherPaths.rituals(circleId)}>{t('ritualGuide.back')}</Link>
        </p>
      </div>
    );
  }
  return <RitualGuideView circle={circle.data} ritual={ritual} />;
}
