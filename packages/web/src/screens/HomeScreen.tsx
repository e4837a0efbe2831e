import { useEffect, useState } from 'react';
import { listCircles, type CircleListItem } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { describeError } from '../errors.ts';
import { CircleList } from '../home/CircleList.tsx';
import { CreateCircleForm } from '../home/CreateCircleForm.tsx';
import { t } from '../i18n/index.ts';

export function HomeScreen() {
  const [circles, setCircles] = useState<CircleListItem[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    listCircles().then(
      (found) => live && setCircles(found),
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
      {circles ? <CircleList circles={circles} /> : !error && <Loading />}
      <CreateCircleForm />
    </div>
  );
}
