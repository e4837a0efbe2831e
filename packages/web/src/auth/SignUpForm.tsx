import { useState, type FormEvent } from 'react';
import { isLocale, NAME_MAX_LENGTH } from '@recipro/core';
import { signUp, type User } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { describeError } from '../errors.ts';
import { focusFirstError } from '../focus.ts';
import { activeLocale, t } from '../i18n/index.ts';
import { checkEmail, checkName, checkNewPassword, PASSWORD_MIN_LENGTH } from '../validation.ts';

interface Errors {
  name?: string | undefined;
  email?: string | undefined;
  password?: string | undefined;
}

export function SignUpForm({ onSuccess }: { readonly onSuccess: (user: User) => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [serverError, setServerError] = useState<string>();
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {
      name: checkName(name),
      email: checkEmail(email),
      password: checkNewPassword(password),
    };
    setErrors(found);
    setServerError(undefined);
    if (focusFirstError(event.currentTarget, { ...found }, ['name', 'email', 'password'])) return;
    setPending(true);
    try {
      // The account starts in the language this person reads recipro in now.
      const { locale } = activeLocale();
      onSuccess(
        await signUp({
          name: name.trim(),
          email: email.trim(),
          password,
          ...(isLocale(locale) ? { locale } : {}),
        }),
      );
    } catch (error) {
      setServerError(describeError(error, { conflict: t('auth.signUp.emailTaken') }));
      setPending(false);
    }
  };

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <Field
        label={t('auth.name')}
        name="name"
        hint={t('auth.name.hint')}
        error={errors.name}
        autoComplete="name"
        maxLength={NAME_MAX_LENGTH}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
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
        hint={t('auth.password.hint', { min: PASSWORD_MIN_LENGTH })}
        error={errors.password}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <Alert message={serverError} />
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t('auth.signUp.pending') : t('auth.signUp.submit')}
      </button>
    </form>
  );
}
