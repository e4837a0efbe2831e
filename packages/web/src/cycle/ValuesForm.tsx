import { useId, useState, type FormEvent } from 'react';
import { NOTE_MAX_LENGTH } from '@recipro/core';
import { answerValues, type ValuesRound, type WordedValuesRound } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { TextArea } from '../components/TextArea.tsx';

interface ValuesFormProps {
  readonly circleId: string;
  readonly round: WordedValuesRound;
  readonly onAnswered: (round: ValuesRound) => void;
}

/** Answer the values questions alone, one text each; an empty one is skipped. */
export function ValuesForm({ circleId, round, onAnswered }: ValuesFormProps) {
  const id = useId();
  const [answers, setAnswers] = useState<string[]>(() => round.questions.map(() => ''));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (answers.every((a) => a.trim() === '')) {
      setError(t('empty.values'));
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      onAnswered(
        await answerValues(
          circleId,
          round.id,
          answers.map((a) => a.trim()),
        ),
      );
    } catch (failure) {
      setError(describeError(failure, { conflict: t('values.answer.notOpen') }));
      setPending(false);
    }
  };

  return (
    <form
      className="stack"
      onSubmit={(event) => void submit(event)}
      aria-describedby={`${id}-hint`}
    >
      <p id={`${id}-hint`} className="muted">
        {t('values.answer.hint')}
      </p>
      {round.questions.map((question, index) => (
        <TextArea
          key={question.id}
          label={question.text}
          rows={2}
          maxLength={NOTE_MAX_LENGTH}
          value={answers[index] ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            setAnswers((now) => now.map((a, i) => (i === index ? value : a)));
          }}
        />
      ))}
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t('values.pending') : t('values.submit')}
      </button>
      <Alert message={error} />
    </form>
  );
}
