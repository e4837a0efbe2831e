import { useId, useRef, useState, type FormEvent } from 'react';
import { expressNeed, type Need, type Prompt } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { ChoiceChips } from '../components/ChoiceChips.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { TextArea } from '../components/TextArea.tsx';

interface NeedFormProps {
  readonly circleId: string;
  readonly starters: readonly Prompt[];
  readonly onSaved: (need: Need) => void;
}

/** The starter's words without the trailing "…", ready for the author to carry on. */
const opening = (starter: Prompt | undefined) =>
  starter ? `${starter.text.replace(/\s*…\s*$/, '')} ` : '';

/** The needs-statement builder: a starter, the author's own words, private or shared. */
export function NeedForm({ circleId, starters, onSaved }: NeedFormProps) {
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [starterId, setStarterId] = useState(starters[0]?.id ?? '');
  const [text, setText] = useState(opening(starters[0]));
  const [shared, setShared] = useState(false);
  const [textError, setTextError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState<string>();

  const chooseStarter = (starter: Prompt) => {
    const before = starters.find((s) => s.id === starterId);
    // Swap the opening words only while the author has not written past them.
    if (text.trim() === '' || text === opening(before)) setText(opening(starter));
    setStarterId(starter.id);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const trimmed = text.trim();
    const starter = starters.find((s) => s.id === starterId);
    if (!trimmed || trimmed === opening(starter).trim()) {
      setTextError(t('needs.text.required'));
      textRef.current?.focus();
      return;
    }
    setTextError(undefined);
    setPending(true);
    setError(undefined);
    setDone('');
    try {
      const need = await expressNeed(circleId, {
        text: trimmed,
        shared,
        ...(starterId ? { starterId } : {}),
      });
      setText(opening(starter));
      setDone(shared ? t('needs.done.shared') : t('needs.done.private'));
      onSaved(need);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('needs.title')}</h2>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="chips">
          <legend>{t('needs.starter')}</legend>
          {starters.map((starter) => (
            <label key={starter.id} className="chip">
              <input
                type="radio"
                name={`${id}-starter`}
                value={starter.id}
                checked={starterId === starter.id}
                onChange={() => chooseStarter(starter)}
              />
              <span>{starter.text}</span>
            </label>
          ))}
        </fieldset>
        <TextArea
          ref={textRef}
          label={t('needs.text')}
          error={textError}
          value={text}
          rows={3}
          onChange={(event) => setText(event.target.value)}
        />
        <ChoiceChips
          legend={t('needs.sharing')}
          name={`${id}-shared`}
          value={shared}
          options={[
            { value: false, label: t('needs.private') },
            { value: true, label: t('needs.shared') },
          ]}
          onChange={setShared}
        />
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('needs.pending') : t('needs.submit')}
        </button>
        <p role="status" className="done">
          {done}
        </p>
        <Alert message={error} />
      </form>
    </section>
  );
}
