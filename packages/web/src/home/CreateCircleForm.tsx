import { useId, useState, type FormEvent } from 'react';
import { CIRCLE_KINDS, NAME_MAX_LENGTH, type CircleKind } from '@recipro/core';
import { createCircle } from '../api.ts';
import { kindLabel } from '../care.ts';
import { Alert } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { describeError } from '../errors.ts';
import { focusFirstError } from '../focus.ts';
import { t } from '../i18n/index.ts';
import { navigate, paths } from '../router.ts';
import { checkName } from '../validation.ts';
import { Icon } from '../components/Icon.tsx';

/** Makes a circle and opens it, or, with `onCreated`, hands it to the screen that asked. */
export function CreateCircleForm({ onCreated }: { readonly onCreated?: () => void } = {}) {
  const headingId = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<CircleKind>('couple');
  const [nameError, setNameError] = useState<string>();
  const [serverError, setServerError] = useState<string>();
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkName(name, t('validation.circleNameRequired'));
    setNameError(found);
    setServerError(undefined);
    if (focusFirstError(event.currentTarget, { name: found }, ['name'])) return;
    setPending(true);
    try {
      const circle = await createCircle({ name: name.trim(), kind });
      if (onCreated) onCreated();
      else navigate(paths.circle(circle.id));
    } catch (error) {
      setServerError(describeError(error));
      setPending(false);
    }
  };

  return (
    <section className="card narrow" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('create.title')}</h2>
      <form className="stack" noValidate onSubmit={submit}>
        <Field
          label={t('create.name')}
          name="name"
          hint={t('create.name.hint')}
          error={nameError}
          maxLength={NAME_MAX_LENGTH}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <fieldset className="choices">
          <legend>{t('create.kind')}</legend>
          {CIRCLE_KINDS.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              <Icon name={option} size={20} />
              {kindLabel(option)}
            </label>
          ))}
        </fieldset>
        <Alert message={serverError} />
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('create.pending') : t('create.submit')}
        </button>
      </form>
    </section>
  );
}
