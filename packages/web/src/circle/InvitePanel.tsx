import { useId, useState } from 'react';
import { createInvitation, type Invitation } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { describeError } from '../errors.ts';
import { formatDate, t } from '../i18n/index.ts';

/** Creates a single-use invitation link for the circle and offers to copy it. */
export function InvitePanel({ circleId }: { readonly circleId: string }) {
  const id = useId();
  const [invitation, setInvitation] = useState<Invitation>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [copyStatus, setCopyStatus] = useState('');

  const create = async () => {
    setPending(true);
    setError(undefined);
    setCopyStatus('');
    try {
      setInvitation(await createInvitation(circleId));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  const copy = async () => {
    if (!invitation) return;
    try {
      await navigator.clipboard.writeText(invitation.url);
      setCopyStatus(t('invite.copied'));
    } catch {
      setCopyStatus(t('invite.copyFailed'));
      document.getElementById(`${id}-url`)?.focus();
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('invite.title')}</h2>
      <p className="muted">{t('invite.intro')}</p>
      <div className="stack">
        <button
          type="button"
          className="secondary"
          disabled={pending}
          onClick={() => void create()}
        >
          {pending ? t('invite.pending') : t('invite.create')}
        </button>
        {invitation && (
          <div className="field">
            <label htmlFor={`${id}-url`}>{t('invite.link')}</label>
            <div className="copy-row">
              <input
                id={`${id}-url`}
                readOnly
                value={invitation.url}
                aria-describedby={`${id}-expires`}
                onFocus={(event) => event.currentTarget.select()}
              />
              <button type="button" className="primary" onClick={() => void copy()}>
                {t('invite.copy')}
              </button>
            </div>
            <p id={`${id}-expires`} className="hint">
              {t('invite.expires', { date: formatDate(invitation.expiresAt) })}
            </p>
          </div>
        )}
        <p role="status" className="done">
          {copyStatus}
        </p>
        <Alert message={error} />
      </div>
    </section>
  );
}
