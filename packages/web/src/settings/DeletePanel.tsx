import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { deleteAccount } from '../api-account.ts';
import type { CircleListItem } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { describeError, isApiError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { checkPassword } from '../validation.ts';
import { DATA_SECTION_ID } from './DataPanel.tsx';
import { SharedHistory } from './SharedHistory.tsx';

/**
 * Deleting the account: what happens to shared history is said first, then the password and
 * a last button. `onDeleted` runs once the server has ended every session.
 */
export function DeletePanel({
  circles,
  onDeleted,
}: {
  readonly circles: readonly CircleListItem[];
  readonly onDeleted: () => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string>();
  const [serverError, setServerError] = useState<string>();
  const [pending, setPending] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (open) title.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const close = () => {
    setOpen(false);
    setPassword('');
    setPasswordError(undefined);
    setServerError(undefined);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found = checkPassword(password);
    setPasswordError(found);
    setServerError(undefined);
    const focusPassword = () => form.elements.namedItem('password');
    if (found) {
      (focusPassword() as HTMLElement | null)?.focus();
      return;
    }
    setPending(true);
    try {
      await deleteAccount(password);
      onDeleted();
    } catch (error) {
      setPending(false);
      if (isApiError(error, 'forbidden')) {
        setPasswordError(t('password.wrong'));
        (focusPassword() as HTMLElement | null)?.focus();
      } else {
        setServerError(describeError(error));
      }
    }
  };

  const soleCircles = circles.filter((circle) => circle.memberCount <= 1);
  return (
    <section className="card stack settings-danger" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('remove.title')}</h2>
      <p>{t('remove.intro')}</p>
      {!open && (
        <div className="actions">
          <button
            ref={opener}
            type="button"
            className="danger-outline"
            onClick={() => setOpen(true)}
          >
            {t('remove.open')}
          </button>
        </div>
      )}
      {open && (
        <form
          className="settings-confirm stack"
          noValidate
          aria-labelledby={`${id}-confirm`}
          onSubmit={(event) => void submit(event)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !pending) {
              event.stopPropagation();
              close();
            }
          }}
        >
          <h3 id={`${id}-confirm`} ref={title} tabIndex={-1}>
            {t('remove.confirmTitle')}
          </h3>
          <SharedHistory
            action="delete"
            soleCircles={soleCircles.map((circle) => circle.name)}
            withOthers={soleCircles.length < circles.length}
          />
          <p>
            <a href={`#${DATA_SECTION_ID}`}>{t('remove.downloadFirst')}</a>
          </p>
          <Field
            label={t('remove.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            hint={t('remove.password.hint')}
            error={passwordError}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <Alert message={serverError} />
          <div className="actions">
            <button type="submit" className="danger" disabled={pending}>
              {pending ? t('remove.pending') : t('remove.confirm')}
            </button>
            <button type="button" className="secondary" disabled={pending} onClick={close}>
              {t('remove.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
