import { useId, useRef, useState, type FormEvent } from 'react';
import { NOTE_MAX_LENGTH } from '@recipro/core';
import type { Checkin, Instrument } from '../api-cycle.ts';
import { answerCheckin } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { describeError } from '../errors.ts';
import { activeLocale, displayNames, t, tn } from '../i18n/index.ts';
import { ChoiceQuestion } from './ChoiceQuestion.tsx';
import { staysInEnglish } from './instrument-words.ts';
import { InstrumentSource } from './InstrumentSource.tsx';
import { WordPairQuestion } from './WordPairQuestion.tsx';

interface AnswerFormProps {
  readonly circleId: string;
  readonly checkinId: string;
  readonly instrument: Instrument;
  readonly onAnswered: (checkin: Checkin) => void;
}

/**
 * Answering a check-in alone: every item as printed (instructions before the items they
 * introduce), an optional note only the author sees, and the positions sent in item order.
 */
export function AnswerForm({ circleId, checkinId, instrument, onAnswered }: AnswerFormProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const missing = instrument.items.filter((item) => answers[item.id] === undefined);
  // A published questionnaire's words stay English until a tested translation is added with its
  // source; recipro's own come in the reader's language (instrument-words.ts).
  const { locale } = activeLocale();
  const inEnglish = locale !== 'en' && locale !== 'en-XA' && staysInEnglish(instrument);
  const language = displayNames({ type: 'language' }).of(locale) ?? locale;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setChecked(true);
    const first = missing[0];
    if (first) {
      setError(tn('checkin.answer.missing', missing.length));
      formRef.current?.querySelector<HTMLInputElement>(`input[name="${id}-${first.id}"]`)?.focus();
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      const positions = instrument.items.map((item) => answers[item.id] ?? 0);
      const trimmed = note.trim();
      onAnswered(
        await answerCheckin(circleId, checkinId, {
          answers: positions,
          ...(trimmed ? { note: trimmed } : {}),
        }),
      );
    } catch (failure) {
      setError(describeError(failure, { conflict: t('checkin.answer.notOpen') }));
      setPending(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('checkin.answer.title')}</h2>
      <p className="muted">{t('checkin.answer.alone')}</p>
      <InstrumentSource instrument={instrument} />
      {inEnglish && (
        <p className="hint">
          {t(
            instrument.citation !== null
              ? 'instrument.inEnglish.published'
              : 'instrument.inEnglish.own',
            { language },
          )}
        </p>
      )}
      <form ref={formRef} className="stack-lg" onSubmit={(event) => void submit(event)} noValidate>
        {instrument.items.map((item) => {
          const instruction = instrument.instructions.find((i) => i.itemIds[0] === item.id);
          const props = {
            name: `${id}-${item.id}`,
            value: answers[item.id],
            onChange: (position: number) => setAnswers((now) => ({ ...now, [item.id]: position })),
            missing: checked && answers[item.id] === undefined,
          };
          return (
            <div key={item.id} className="stack" lang={inEnglish ? 'en' : undefined}>
              {instruction && <p className="instruction">{instruction.text}</p>}
              {item.kind === 'choice' ? (
                <ChoiceQuestion item={item} {...props} />
              ) : (
                <WordPairQuestion item={item} {...props} />
              )}
            </div>
          );
        })}
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('checkin.answer.note')}</label>
          <p id={`${id}-note-hint`} className="hint">
            {t('checkin.answer.note.hint')}
          </p>
          <textarea
            dir="auto"
            id={`${id}-note`}
            rows={3}
            maxLength={NOTE_MAX_LENGTH}
            value={note}
            aria-describedby={`${id}-note-hint`}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('checkin.answer.pending') : t('checkin.answer.submit')}
        </button>
        <Alert message={error} />
      </form>
    </section>
  );
}
