import { useState } from 'react';
import { Alert } from '../components/Alert.tsx';
import { describeError, isApiError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { swapQuestion, type TodayQuestion } from './api.ts';

interface SwapButtonProps {
  readonly circleId: string;
  readonly question: TodayQuestion;
  readonly onSwapped: (question: TodayQuestion) => void;
  /** Someone answered or swapped meanwhile: show today's question as it is now. */
  readonly onRefused: () => Promise<void>;
}

/** "Another question": once a day for the whole circle, before anyone has answered. */
export function SwapButton({ circleId, question, onSwapped, onRefused }: SwapButtonProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  const swap = async () => {
    setPending(true);
    setError(undefined);
    try {
      onSwapped(await swapQuestion(circleId, question.id));
    } catch (failure) {
      if (isApiError(failure, 'conflict')) {
        await onRefused().catch(() => undefined);
        setError(t('question.swap.refused'));
      } else {
        setError(describeError(failure));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="question-swap">
      <p className="hint">{t('question.swap.hint')}</p>
      <button type="button" className="secondary" disabled={pending} onClick={() => void swap()}>
        {pending ? t('question.swap.pending') : t('question.swap.button')}
      </button>
      <Alert message={error} />
    </div>
  );
}
