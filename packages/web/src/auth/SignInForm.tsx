import { useState, type FormEvent } from 'react';
import { signIn, type User } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { Link } from '../components/Link.tsx';
import { describeError } from '../errors.ts';
import { focusFirstError } from '../focus.ts';
import { t } from '../i18n/index.ts';
import { accountPaths } from '../router/account.ts';
import './auth.css';
import { checkEmail, checkPassword } from '../validation.ts';

interface Errors {
  email?: string | undefined;
  password?: string | undefined;
}

export function SignInForm({ onSuccess }: { readonly onSuccess: (user: User) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [serverError, setServerError] = useState<string>();
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = { email: checkEmail(email), password: checkPassword(password) };
    setErrors(found);
    setServerError(undefined);
    if (focusFirstError(event.currentTarget, { ...found }, ['email', 'password'])) return;
    setPending(true);
    try {
      onSuccess(await signIn({ email: email.trim(), password }));
    } catch (error) {
      setServerError(describeError(error, { unauthenticated: t('auth.signIn.noMatch') }));
      setPending(false);
    }
  };

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <Field
        label={t('auth.email')}
        name="email"
        error={errors.email}
        type="email"
        autoComplete="email"
        inputMode="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <Field
        label={t('auth.password')}
        name="password"
        error={errors.password}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <p className="forgot">
        <Link to={accountPaths.forgotPassword()}>{t('password.forgot')}</Link>
      </p>
      <Alert message={serverError} />
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t('auth.signIn.pending') : t('auth.signIn.submit')}
      </button>
    </form>
  );
}
