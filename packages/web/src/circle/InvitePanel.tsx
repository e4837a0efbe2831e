import { useId, useState } from 'react';
import { createInvitation, type Invitation } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { describeError } from '../errors.ts';
import { formatDate, t } from '../i18n/index.ts';

/** Whether this browser can hand a link to the device's share sheet (the Web Share API). */
const canShare = (): boolean => typeof navigator.share === 'function';

/**
 * Creates a single-use invitation link for the circle and offers it to the device's share sheet
 * where the browser has one, and to copy in any case.
 */
export function InvitePanel({
  circleId,
  onCreated,
}: {
  readonly circleId: string;
  /** Told once a link is made (the first-run path moves on from here). */
  readonly onCreated?: () => void;
}) {
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
      onCreated?.();
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

  const share = async () => {
    if (!invitation) return;
    setCopyStatus('');
    try {
      await navigator.share({
        title: t('invite.shareTitle'),
        text: t('invite.shareText'),
        url: invitation.url,
      });
      setCopyStatus(t('invite.shared'));
    } catch (failure) {
      // Closing the share sheet is not a failure; anything else leaves copying to the person.
      if (!(failure instanceof DOMException && failure.name === 'AbortError')) {
        setCopyStatus(t('invite.shareFailed'));
      }
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
              <button
                type="button"
                className={canShare() ? 'secondary' : 'primary'}
                onClick={() => void copy()}
              >
                {t('invite.copy')}
              </button>
            </div>
            {canShare() && (
              <button type="button" className="primary share" onClick={() => void share()}>
                {t('invite.share')}
              </button>
            )}
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
