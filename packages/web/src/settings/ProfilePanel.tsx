import { NAME_MAX_LENGTH } from '@recipro/core';
import { useId, useState, type FormEvent } from 'react';
import {
  getAccount,
  resendEmailConfirmation,
  updateAccount,
  type Account,
} from '../api-account.ts';
import { Field } from '../components/Field.tsx';
import { describeError, isApiError } from '../errors.ts';
import { focusFirstError } from '../focus.ts';
import { t } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { useSession } from '../session.ts';
import { checkEmail, checkName } from '../validation.ts';

interface Errors {
  name?: string | undefined;
  email?: string | undefined;
}

/**
 * The person's name and email. With email on the server a new address waits for its link to be
 * opened (`pendingEmail`), and the link can be sent again; without email it changes at once.
 */
export function ProfilePanel({
  account,
  mailOn,
  onSaved,
}: {
  readonly account: Account;
  /** Whether this server sends email (confirmation links only mean something then). */
  readonly mailOn: boolean;
  readonly onSaved: (account: Account) => void;
}) {
  const id = useId();
  const { setUser } = useSession();
  const [name, setName] = useState(account.name);
  const [email, setEmail] = useState(account.email);
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState('');
  const [serverError, setServerError] = useState<string>();
  /** The confirmation link: being sent again, or the waiting address being dropped. */
  const [link, setLink] = useState<{ busy: false | 'send' | 'keep'; done: string; error?: string }>(
    { busy: false, done: '' },
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = { name: checkName(name), email: checkEmail(email) };
    setErrors(found);
    setDone('');
    setServerError(undefined);
    if (focusFirstError(event.currentTarget, { ...found }, ['name', 'email'])) return;
    const change: { name?: string; email?: string } = {};
    if (name.trim() !== account.name) change.name = name.trim();
    const newEmail = email.trim();
    if (newEmail !== account.email) change.email = newEmail;
    if (change.name === undefined && change.email === undefined) {
      setDone(t('profile.nothingChanged'));
      return;
    }
    setPending(true);
    try {
      await updateAccount(change);
      // Read the account back: whether a new address waits for its link is part of it.
      const saved = await getAccount();
      onSaved(saved);
      setUser(saved);
      setName(saved.name);
      setEmail(saved.email);
      setDone(
        change.email !== undefined && saved.pendingEmail
          ? t('profile.emailSent', { email: saved.pendingEmail })
          : t('profile.saved'),
      );
    } catch (error) {
      if (isApiError(error, 'conflict')) setErrors({ email: t('profile.emailTaken') });
      else setServerError(describeError(error, { rate_limited: t('profile.tooSoon') }));
    } finally {
      setPending(false);
    }
  };

  /** Saving the current address again drops the change that waits for its link. */
  const keepEmail = async () => {
    setLink({ busy: 'keep', done: '' });
    try {
      await updateAccount({ email: account.email });
      onSaved(await getAccount());
      setEmail(account.email);
      setLink({ busy: false, done: t('profile.keptEmail', { email: account.email }) });
    } catch (error) {
      setLink({ busy: false, done: '', error: describeError(error) });
    }
  };

  const sendLink = async (to: string) => {
    setLink({ busy: 'send', done: '' });
    try {
      await resendEmailConfirmation();
      setLink({ busy: false, done: t('profile.linkSent', { email: to }) });
    } catch (error) {
      const said = describeError(error, {
        rate_limited: t('profile.tooSoon'),
        conflict: t('profile.linkNotNeeded'),
      });
      setLink({ busy: false, done: '', error: said });
    }
  };

  const unconfirmed = mailOn && !account.emailConfirmed && !account.pendingEmail;
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('profile.title')}</h2>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          label={t('profile.name')}
          name="name"
          hint={t('profile.name.hint')}
          error={errors.name}
          maxLength={NAME_MAX_LENGTH}
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <Field
          label={t('profile.email')}
          name="email"
          hint={t('profile.email.hint')}
          error={errors.email}
          type="email"
          autoComplete="email"
          inputMode="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('profile.saving') : t('profile.save')}
        </button>
        <Feedback done={done} error={serverError} />
      </form>
      {(account.pendingEmail || unconfirmed) && (
        <div className="settings-note stack">
          <p>
            {account.pendingEmail
              ? t('profile.pending', { pending: account.pendingEmail, email: account.email })
              : t('profile.unconfirmed')}
          </p>
          <div className="actions">
            <button
              type="button"
              className="secondary"
              disabled={link.busy !== false}
              onClick={() => void sendLink(account.pendingEmail ?? account.email)}
            >
              {link.busy === 'send'
                ? t('profile.sending')
                : account.pendingEmail
                  ? t('profile.resend')
                  : t('profile.sendLink')}
            </button>
            {account.pendingEmail && (
              <button
                type="button"
                className="secondary"
                disabled={link.busy !== false}
                onClick={() => void keepEmail()}
              >
                {t('profile.keepEmail')}
              </button>
            )}
          </div>
        </div>
      )}
      <Feedback done={link.done} error={link.error} />
    </section>
  );
}
