import { useState, type FormEvent } from 'react';
import { requestPasswordReset } from '../api-account.ts';
import { Field } from '../components/Field.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { checkEmail } from '../validation.ts';

/**
 * Asks for a reset link by email. The server answers the same whether or not the address has
 * an account, and so does this form.
 */
export function ResetRequestForm() {
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState('');
  const [serverError, setServerError] = useState<string>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found = checkEmail(email);
    setEmailError(found);
    setDone('');
    setServerError(undefined);
    if (found) {
      (form.elements.namedItem('email') as HTMLElement | null)?.focus();
      return;
    }
    setPending(true);
    try {
      await requestPasswordReset(email.trim());
      setDone(t('forgot.sent', { email: email.trim() }));
    } catch (error) {
      setServerError(describeError(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
      <p>{t('forgot.intro')}</p>
      <Field
        label={t('auth.email')}
        name="email"
        error={emailError}
        type="email"
        autoComplete="email"
        inputMode="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t('forgot.pending') : t('forgot.submit')}
      </button>
      <Feedback done={done} error={serverError} />
    </form>
  );
}
