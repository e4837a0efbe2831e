import { useId, useRef, useState, type FormEvent } from 'react';
import { NOTE_MAX_LENGTH } from '@recipro/core';
import { logRupture, type Rupture } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { ChoiceChips } from '../components/ChoiceChips.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { TextArea } from '../components/TextArea.tsx';

/**
 * Log a hard moment with a few words about it, shared with the circle or kept to oneself. An
 * empty form is refused here (and by the API): "Let's reset" is the one tap without words.
 */
export function RuptureForm({
  circleId,
  onLogged,
}: {
  readonly circleId: string;
  readonly onLogged: (rupture: Rupture) => void;
}) {
  const id = useId();
  const [note, setNote] = useState('');
  const [notePrivate, setNotePrivate] = useState(false);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState<string>();
  const [noteError, setNoteError] = useState<string>();
  const noteRef = useRef<HTMLTextAreaElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const trimmed = note.trim();
    if (!trimmed) {
      setNoteError(t('empty.rupture'));
      setDone('');
      noteRef.current?.focus();
      return;
    }
    setNoteError(undefined);
    setPending(true);
    setDone('');
    setError(undefined);
    try {
      onLogged(await logRupture(circleId, { notePrivate, note: trimmed }));
      setNote('');
      setDone(t('repair.log.done'));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('repair.log.title')}</h2>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <TextArea
          label={t('repair.log.note')}
          hint={t('repair.log.note.hint')}
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          ref={noteRef}
          error={noteError}
          required
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
            if (noteError && event.target.value.trim()) setNoteError(undefined);
          }}
        />
        <ChoiceChips
          legend={t('repair.log.who')}
          name={`${id}-private`}
          value={notePrivate}
          options={[
            { value: false, label: t('repair.log.shared') },
            { value: true, label: t('repair.log.private') },
          ]}
          onChange={setNotePrivate}
        />
        <button type="submit" className="secondary" disabled={pending}>
          {pending ? t('repair.log.pending') : t('repair.log.submit')}
        </button>
        <p role="status" className="done">
          {done}
        </p>
        <Alert message={error} />
      </form>
    </section>
  );
}
