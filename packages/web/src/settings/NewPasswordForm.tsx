import { useState, type FormEvent } from 'react';
import { resetPassword } from '../api-account.ts';
import { Alert } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { Link } from '../components/Link.tsx';
import { describeError, isApiError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { checkNewPassword, PASSWORD_MIN_LENGTH } from '../validation.ts';
import { accountPaths } from '../router/account.ts';

/**
 * Sets a new password with the token of an emailed (or command-made) reset link. A link used
 * already or too old answers `not_found`; the person can ask for a new one from here.
 */
export function NewPasswordForm({
  token,
  onDone,
}: {
  readonly token: string;
  readonly onDone: () => void;
}) {
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string>();
  const [expired, setExpired] = useState(false);
  const [serverError, setServerError] = useState<string>();
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found = checkNewPassword(password);
    setPasswordError(found);
    setServerError(undefined);
    if (found) {
      (form.elements.namedItem('password') as HTMLElement | null)?.focus();
      return;
    }
    if (!token) {
      setExpired(true);
      return;
    }
    setPending(true);
    try {
      await resetPassword({ token, password });
      onDone();
    } catch (error) {
      setPending(false);
      if (isApiError(error, 'not_found')) setExpired(true);
      else setServerError(describeError(error));
    }
  };

  if (expired) {
    return (
      <div className="stack">
        <Alert message={t('reset.expired')} />
        <p>
          <Link to={accountPaths.forgotPassword()}>{t('reset.askAgain')}</Link>
        </p>
      </div>
    );
  }

  return (
    <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
      <p>{t('reset.intro')}</p>
      <Field
        label={t('reset.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t('password.next.hint', { min: PASSWORD_MIN_LENGTH })}
        error={passwordError}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <Alert message={serverError} />
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t('reset.pending') : t('reset.submit')}
      </button>
    </form>
  );
}
