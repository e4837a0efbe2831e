import { lazy, Suspense } from 'react';
import { Alert } from '../components/Alert.tsx';
import { Link } from '../components/Link.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { useCircle } from '../hooks/useCircle.ts';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { paths } from '../router.ts';

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
  if (state.status === 'failed') {
    return (
      <div className="card">
        <ScreenTitle>{t('circle.notFound.title')}</ScreenTitle>
        {missing ? (
          <p>{t('circle.notFound.body')}</p>
        ) : (
          <Alert message={describeError(state.error)} />
        )}
        <p>
          <Link to={paths.home()}>{t('circle.backHome')}</Link>
        </p>
      </div>
    );
  }
  return (
    <Suspense fallback={<Loading />}>
      {page === 'load' ? <LoadView circle={state.data} /> : <RitualsView circle={state.data} />}
    </Suspense>
  );
}
