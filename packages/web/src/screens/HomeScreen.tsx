import { useState } from 'react';
import { listCircles, type CircleListItem } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { appendPage } from '../hooks/usePages.ts';
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

/** Circles after the first page, read on "Show more" (the first page comes with the app's reads). */
interface LaterPages {
  /** The first page's cursor they follow: a new first page starts over. */
  readonly after: string;
  readonly circles: readonly CircleListItem[];
  readonly next: string | null;
}

export function HomeScreen() {
  const { state } = useRemote(() => readNow(reads.circles()), 'circles', {
    share: 'home',
  });
  const [later, setLater] = useState<LaterPages | null>(null);
  const first = state.status === 'ready' ? state.data : undefined;
  const following = later !== null && later.after === first?.next ? later : null;
  const circles = first
    ? appendPage(first.circles, following?.circles ?? [], (circle) => circle.id)
    : [];
  const next = following ? following.next : (first?.next ?? null);
  const showMore = async () => {
    if (next === null || !first?.next) return;
    const page = await listCircles({ before: next });
    setLater({
      after: first.next,
      circles: [...(following?.circles ?? []), ...page.circles],
      next: page.next,
    });
  };
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
        <CircleList circles={circles} next={next} onMore={showMore} />
      ) : (
        !error && <SkeletonList rows={2} />
      )}
      <CreateCircleForm />
    </div>
  );
}
