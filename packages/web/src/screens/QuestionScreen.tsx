import { Link } from '../components/Link.tsx';
import { ScreenSkeleton } from '../components/Skeleton.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { useCircle } from '../hooks/useCircle.ts';
import { t } from '../i18n/index.ts';
import { QuestionView } from '../question/QuestionView.tsx';
import { paths } from '../router.ts';
import '../question/question.css';
import { CircleUnavailable } from '../components/CircleUnavailable.tsx';

/** A question a day, for one circle: loads the circle, then today's question and earlier days. */
export function QuestionScreen({ circleId }: { readonly circleId: string }) {
  const { state, missing } = useCircle(circleId);
  if (state.status === 'loading') return <ScreenSkeleton layout="page" />;
  if (state.status === 'failed') return <CircleUnavailable error={state.error} missing={missing} />;
  const circle = state.data;
  return (
    <div className="question-screen">
      <header>
        <ScreenTitle>{t('question.title')}</ScreenTitle>
        <p className="step-circle">
          <Link to={paths.circle(circle.id)}>{circle.name}</Link>
        </p>
        <p className="muted">{t('question.intro')}</p>
      </header>
      <QuestionView circle={circle} />
    </div>
  );
}
