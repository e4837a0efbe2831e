import { useCallback, useEffect, useId, useState } from 'react';
import {
  listInvitations,
  removeMember,
  setKeeper,
  withdrawInvitation,
  type CircleDetail,
  type OpenInvitation,
} from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { ConfirmAction } from '../components/ConfirmAction.tsx';
import { describeError } from '../errors.ts';
import { formatDate, t } from '../i18n/index.ts';
import '../components/lists.css';

/**
 * Who is in the circle, and the invitation links nobody has used yet. The keeper can hand the
 * role on and, outside a couple, remove someone (by the same rule as leaving); any member can
 * withdraw an unused link.
 */
export function MembersPanel({
  circle,
  onChanged,
}: {
  readonly circle: CircleDetail;
  readonly onChanged: () => void;
}) {
  const id = useId();
  const [invitations, setInvitations] = useState<readonly OpenInvitation[]>([]);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const iAmKeeper = circle.keeperMemberId === circle.myMemberId;

  const loadInvitations = useCallback(async () => {
    try {
      setInvitations(await listInvitations(circle.id));
    } catch (failure) {
      setError(describeError(failure));
    }
  }, [circle.id]);

  useEffect(() => {
    void loadInvitations();
  }, [loadInvitations, circle]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setError(undefined);
    try {
      await work();
      setStatus(done);
      onChanged();
      await loadInvitations();
    } catch (failure) {
      setError(describeError(failure));
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('members.title')}</h2>
      <Alert message={error} />
      <ul className="entry-list stack">
        {circle.members.map((member) => {
          const me = member.id === circle.myMemberId;
          const keeper = member.id === circle.keeperMemberId;
          return (
            <li key={member.id} className="stack">
              <span>
                <span dir="auto">{me ? t('members.you') : member.name}</span>
                {keeper && <span className="muted"> · {t('members.keeper')}</span>}
              </span>
              {iAmKeeper && !me && (
                <div className="actions">
                  <button
                    type="button"
                    className="link quiet-action"
                    onClick={() =>
                      void act(
                        () => setKeeper(circle.id, member.id),
                        t('members.keeperHanded', { name: member.name }),
                      )
                    }
                  >
                    {t('members.makeKeeper', { name: member.name })}
                  </button>
                  {circle.kind !== 'couple' && (
                    <ConfirmAction
                      label={t('members.remove')}
                      accessibleLabel={t('members.remove.label', { name: member.name })}
                      consequence={t('members.remove.confirm', { name: member.name })}
                      confirmLabel={t('members.remove.yes', { name: member.name })}
                      pendingLabel={t('common.removing')}
                      onConfirm={async () =>
                        act(
                          () => removeMember(circle.id, member.id),
                          t('members.removed', { name: member.name }),
                        )
                      }
                    />
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {invitations.length > 0 && (
        <>
          <h3>{t('members.links.title')}</h3>
          <ul className="entry-list stack">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="stack">
                <span className="muted">
                  {t('members.link', { until: formatDate(invitation.expiresAt) })}
                </span>
                <div className="actions">
                  <ConfirmAction
                    label={t('members.link.withdraw')}
                    accessibleLabel={t('members.link.withdrawLabel', {
                      until: formatDate(invitation.expiresAt),
                    })}
                    consequence={t('confirm.link.withdraw')}
                    confirmLabel={t('confirm.link.withdraw.yes')}
                    pendingLabel={t('common.removing')}
                    onConfirm={() =>
                      act(
                        () => withdrawInvitation(circle.id, invitation.id),
                        t('members.link.withdrawn'),
                      )
                    }
                  />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
