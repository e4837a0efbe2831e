import { useEffect, useState } from 'react';
import { listCircles, type CircleListItem, type WaitingCircle } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { describeError } from '../errors.ts';
import { CircleList } from '../home/CircleList.tsx';
import { CreateCircleForm } from '../home/CreateCircleForm.tsx';
import { WaitingList } from '../home/WaitingList.tsx';
import { t } from '../i18n/index.ts';

export function HomeScreen() {
  const [circles, setCircles] = useState<readonly CircleListItem[]>();
  const [waiting, setWaiting] = useState<readonly WaitingCircle[]>([]);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    listCircles().then(
      (found) => {
        if (!live) return;
        setCircles(found.circles);
        setWaiting(found.waiting);
      },
      (failure: unknown) => live && setError(describeError(failure)),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="stack-lg">
      <ScreenTitle>{t('home.title')}</ScreenTitle>
      <Alert message={error} />
      <WaitingList circles={waiting} />
      {circles ? <CircleList circles={circles} /> : !error && <Loading />}
      <CreateCircleForm />
    </div>
  );
}
