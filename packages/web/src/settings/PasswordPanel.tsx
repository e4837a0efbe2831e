import { useId, useState, type FormEvent } from 'react';
import { changePassword } from '../api-account.ts';
import { Field } from '../components/Field.tsx';
import { describeError, isApiError } from '../errors.ts';
import { focusFirstError } from '../focus.ts';
import { t } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { checkNewPassword, checkPassword, PASSWORD_MIN_LENGTH } from '../validation.ts';

interface Errors {
  current?: string | undefined;
  next?: string | undefined;
}

/** Changes the password; the server then ends every other session, so `onChanged` refreshes. */
export function PasswordPanel({
  email,
  onChanged,
}: {
  /** Given to password managers so they file the new password under the right account. */
  readonly email: string;
  readonly onChanged: () => void;
}) {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState('');
  const [serverError, setServerError] = useState<string>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found: Errors = { current: checkPassword(current), next: checkNewPassword(next) };
    setErrors(found);
    setDone('');
    setServerError(undefined);
    if (focusFirstError(form, { ...found }, ['current', 'next'])) return;
    setPending(true);
    try {
      await changePassword({ current, next });
      setCurrent('');
      setNext('');
      setDone(t('password.done'));
      onChanged();
    } catch (error) {
      if (isApiError(error, 'forbidden')) {
        setErrors({ current: t('password.wrong') });
        focusFirstError(form, { current: 'wrong' }, ['current']);
      } else {
        setServerError(describeError(error, { rate_limited: t('password.tooMany') }));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('password.title')}</h2>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <Field
          label={t('password.current')}
          name="current"
          type="password"
          autoComplete="current-password"
          error={errors.current}
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <Field
          label={t('password.next')}
          name="next"
          type="password"
          autoComplete="new-password"
          hint={t('password.next.hint', { min: PASSWORD_MIN_LENGTH })}
          error={errors.next}
          value={next}
          onChange={(event) => setNext(event.target.value)}
        />
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('password.pending') : t('password.submit')}
        </button>
        <Feedback done={done} error={serverError} />
      </form>
    </section>
  );
}
