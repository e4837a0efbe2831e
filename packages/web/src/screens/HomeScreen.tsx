import { Alert } from '../components/Alert.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { describeError } from '../errors.ts';
import { useRemote } from '../hooks/useRemote.ts';
import { CircleList } from '../home/CircleList.tsx';
import { CreateCircleForm } from '../home/CreateCircleForm.tsx';
import { WaitingList } from '../home/WaitingList.tsx';
import { t } from '../i18n/index.ts';
import { FirstStepsCard } from '../first-run/FirstStepsCard.tsx';
import { useSession } from '../session.ts';
import { readNow, reads } from '../queries.ts';

export function HomeScreen() {
  const { state } = useRemote(() => readNow(reads.circles()), 'circles', {
    share: 'home',
  });
  const error = state.status === 'failed' ? describeError(state.error) : undefined;
  const { user } = useSession();
  // Someone waiting to be let into a circle is not nudged to make one of their own meanwhile.
  const onlyWaiting =
    state.status === 'ready' && state.data.circles.length === 0 && state.data.waiting.length > 0;

  return (
    <div className="stack-lg">
      <ScreenTitle>{t('home.title')}</ScreenTitle>
      <Alert message={error} />
      {user?.firstRun === 'open' && !onlyWaiting && <FirstStepsCard />}
      <WaitingList circles={state.status === 'ready' ? state.data.waiting : []} />
      {state.status === 'ready' ? (
        <CircleList circles={state.data.circles} />
      ) : (
        !error && <SkeletonList rows={2} />
      )}
      <CreateCircleForm />
    </div>
  );
}
