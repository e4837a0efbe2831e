import { promptText } from './prompt-text.ts';
import { useId, useState } from 'react';
import type { CircleDetail } from '../api.ts';
import { listValues, startValues, type ValuesRound, type WordedValuesRound } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { Empty } from '../components/Empty.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { describeError } from '../errors.ts';
import { t, tn } from '../i18n/index.ts';
import { TalkAbout } from './TalkAbout.tsx';
import { useRemote } from '../hooks/useRemote.ts';
import { ValuesForm } from './ValuesForm.tsx';
import { ValuesReveal } from './ValuesReveal.tsx';
import { SupportCard } from '../components/SupportCard.tsx';

/** The values conversation: start one, answer alone, see everyone's side by side. */
export function ValuesConversation({ circle }: { readonly circle: CircleDetail }) {
  const id = useId();
  const { state, update, reload } = useRemote(() => listValues(circle.id), `values/${circle.id}`);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const latest = state.status === 'ready' ? state.data[0] : undefined;
  // The questions in the reader's language (the server sends them by id). Answers go by
  // position, so a question newer than this copy of the app keeps its place, saying so.
  const round: WordedValuesRound | undefined = latest && {
    ...latest,
    questions: latest.questions.map((q) => ({
      ...q,
      text: promptText('valuesQuestion', q, circle.kind) ?? t('question.newer'),
    })),
  };

  const replace = (next: ValuesRound) =>
    update((rounds) => [next, ...rounds.filter((r) => r.id !== next.id)]);

  const start = async () => {
    setPending(true);
    setError(undefined);
    try {
      replace(await startValues(circle.id));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  const startButton = (label: string) => (
    <button type="button" className="secondary" disabled={pending} onClick={() => void start()}>
      {pending ? t('values.starting') : label}
    </button>
  );
  const questionText = (topic: string) =>
    round?.questions.find((q) => q.topic === topic)?.text ?? topic;

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('values.title')}</h2>
      <p className="muted">{t('values.intro')}</p>
      {state.status === 'loading' && <SkeletonList rows={2} />}
      {state.status === 'failed' && <Alert message={describeError(state.error)} />}
      {state.status === 'ready' && !round && (
        <>
          <Empty>{t('values.empty')}</Empty>
          {startButton(t('values.start'))}
        </>
      )}
      {round && round.status === 'open' && !round.mine && (
        <ValuesForm circleId={circle.id} round={round} onAnswered={replace} />
      )}
      {round?.showSupport && <SupportCard />}
      {round && round.status === 'open' && round.mine && (
        <>
          <p role="status" className="lead">
            {tn('values.waiting', round.memberCount - round.answeredCount)}
          </p>
          <button type="button" className="link" onClick={() => void reload()}>
            {t('values.refresh')}
          </button>
        </>
      )}
      {round && round.status !== 'open' && (
        <>
          <ValuesReveal circle={circle} round={round} />
          <TalkAbout
            title={t('values.talk.title')}
            intro={t('values.talk.intro')}
            topics={(round.thingsToTalkAbout ?? []).map(questionText)}
          />
          {startButton(t('values.startAnother'))}
        </>
      )}
      <Alert message={error} />
    </section>
  );
}
