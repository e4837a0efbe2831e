import { ConfirmAction } from '../components/ConfirmAction.tsx';
import { useId, useState } from 'react';
import { admitMember, removeMember, type PendingMember } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import '../components/lists.css';

/**
 * People who accepted an invitation to this circle and wait to be let in. Any member lets them
 * in or turns them down; until then they see nothing of the circle.
 */
export function JoinRequests({
  circleId,
  requests,
  onChanged,
}: {
  readonly circleId: string;
  readonly requests: readonly PendingMember[];
  readonly onChanged: () => void;
}) {
  const id = useId();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  if (requests.length === 0 && status === '') return null;

  const act = async (request: PendingMember, letIn: boolean) => {
    setBusy(request.id);
    setError(undefined);
    try {
      if (letIn) await admitMember(circleId, request.id);
      else await removeMember(circleId, request.id);
      setStatus(
        t(letIn ? 'circle.requests.admitted' : 'circle.requests.declined', { name: request.name }),
      );
      onChanged();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('circle.requests.title')}</h2>
      <p className="muted">{t('circle.requests.intro')}</p>
      <Alert message={error} />
      <ul className="entry-list stack">
        {requests.map((request) => (
          <li key={request.id} className="stack">
            <span dir="auto">{t('circle.requests.asks', { name: request.name })}</span>
            <div className="actions">
              <button
                type="button"
                className="primary"
                disabled={busy !== undefined}
                onClick={() => void act(request, true)}
              >
                {t('circle.requests.admit', { name: request.name })}
              </button>
              <ConfirmAction
                label={t('circle.requests.decline')}
                accessibleLabel={t('circle.requests.declineLabel', { name: request.name })}
                consequence={t('confirm.request.decline', { name: request.name })}
                confirmLabel={t('confirm.request.decline.yes')}
                pendingLabel={t('common.removing')}
                triggerClassName="secondary"
                disabled={busy !== undefined}
                onConfirm={() => act(request, false)}
              />
            </div>
          </li>
        ))}
      </ul>
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
