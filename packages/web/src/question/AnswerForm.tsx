import { useState, type FormEvent } from 'react';
import { QUESTION_ANSWER_MAX_LENGTH } from '@recipro/core';
import { Alert } from '../components/Alert.tsx';
import { TextArea } from '../components/TextArea.tsx';
import { describeError, isApiError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { answerQuestion, type TodayQuestion } from './api.ts';

interface AnswerFormProps {
  /** The id of the question's heading, which names the form. */
  readonly labelledBy: string;
  readonly circleId: string;
  readonly question: TodayQuestion;
  readonly onAnswered: (question: TodayQuestion) => void;
  /** Today's question changed meanwhile: show it as it is now. */
  readonly onChanged: () => Promise<void>;
}

/** Answer today's question alone; nobody reads it until everyone asked has answered. */
export function AnswerForm({
  labelledBy,
  circleId,
  question,
  onAnswered,
  onChanged,
}: AnswerFormProps) {
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (text.trim() === '') {
      setError(t('question.answer.required'));
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      onAnswered(await answerQuestion(circleId, question.id, text));
    } catch (failure) {
      if (isApiError(failure, 'conflict')) {
        await onChanged().catch(() => undefined);
        setError(t('question.answer.changed'));
      } else {
        setError(describeError(failure));
      }
      setPending(false);
    }
  };

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} aria-labelledby={labelledBy}>
      <TextArea
        label={t('question.answer.label')}
        hint={question.askedOfMe ? t('question.answer.hint') : t('question.answer.late')}
        rows={4}
        maxLength={QUESTION_ANSWER_MAX_LENGTH}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t('question.answer.pending') : t('question.answer.submit')}
      </button>
      <Alert message={error} />
    </form>
  );
}
