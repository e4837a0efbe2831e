import { listRituals } from '../api-load.ts';
import { Alert } from '../components/Alert.tsx';
import { Link } from '../components/Link.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { useCircle } from '../hooks/useCircle.ts';
import { useRemote } from '../hooks/useRemote.ts';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { togetherPaths } from '../router/together.ts';
import { paths } from '../router.ts';
import { RitualGuideView } from './RitualGuideView.tsx';

/** A ritual's guide: loads the circle and its rituals, then guides the one asked for. */
export function RitualGuideScreen({
  circleId,
  ritualId,
}: {
  readonly circleId: string;
  readonly ritualId: string;
}) {
  const { state: circle, missing } = useCircle(circleId);
  const { state: rituals } = useRemote(() => listRituals(circleId), circleId);
  if (circle.status === 'loading' || rituals.status === 'loading') return <Loading />;
  const failure =
    circle.status === 'failed' ? circle.error : rituals.status === 'failed' ? rituals.error : null;
  if (circle.status === 'failed' || rituals.status === 'failed') {
    return (
      <div className="card">
        <ScreenTitle>{t('circle.notFound.title')}</ScreenTitle>
        {missing ? <p>{t('circle.notFound.body')}</p> : <Alert message={describeError(failure)} />}
        <p>
          <Link to={paths.home()}>{t('circle.backHome')}</Link>
        </p>
      </div>
    );
  }
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
