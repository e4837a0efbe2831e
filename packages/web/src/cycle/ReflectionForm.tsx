import { useId, useRef, useState, type FormEvent } from 'react';
import { writeReflection, type Reflection, type ReflectionPrompt } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { TextArea } from '../components/TextArea.tsx';

interface ReflectionFormProps {
  readonly circleId: string;
  readonly prompts: readonly ReflectionPrompt[];
  readonly onWritten: (reflection: Reflection) => void;
}

/** Write a private reflection, optionally starting from one of recipro's questions. */
export function ReflectionForm({ circleId, prompts, onWritten }: ReflectionFormProps) {
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [promptId, setPromptId] = useState(prompts[0]?.id ?? '');
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const trimmed = text.trim();
    if (!trimmed) {
      setTextError(t('reflect.text.required'));
      textRef.current?.focus();
      return;
    }
    setTextError(undefined);
    setPending(true);
    setError(undefined);
    setDone('');
    try {
      const reflection = await writeReflection(circleId, {
        text: trimmed,
        ...(promptId ? { promptId } : {}),
      });
      setText('');
      setDone(t('reflect.done'));
      onWritten(reflection);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  const prompt = prompts.find((p) => p.id === promptId);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('reflect.write.title')}</h2>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-prompt`}>{t('reflect.prompt')}</label>
          <select
            id={`${id}-prompt`}
            value={promptId}
            onChange={(event) => setPromptId(event.target.value)}
          >
            {prompts.map((p) => (
              <option key={p.id} value={p.id}>
                {p.text}
              </option>
            ))}
            <option value="">{t('reflect.prompt.none')}</option>
          </select>
        </div>
        {prompt && <p className="entry-prompt">{prompt.text}</p>}
        <TextArea
          ref={textRef}
          label={t('reflect.text')}
          hint={t('reflect.text.hint')}
          error={textError}
          value={text}
          rows={5}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('reflect.pending') : t('reflect.submit')}
        </button>
        <p role="status" className="done">
          {done}
        </p>
        <Alert message={error} />
      </form>
    </section>
  );
}
