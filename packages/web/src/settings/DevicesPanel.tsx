import { useId, useRef } from 'react';
import { endOtherSessions, endSession, everySession, type DeviceSession } from '../api-account.ts';
import { Alert } from '../components/Alert.tsx';
import { ConfirmAction } from '../components/ConfirmAction.tsx';
import { ShowMore } from '../components/ShowMore.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { useFold } from '../hooks/useFold.ts';
import { useRemote } from '../hooks/useRemote.ts';
import { describeError } from '../errors.ts';
import { formatDate, formatRelative, t } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { useAction } from '../hooks/useAction.ts';
import { deviceName } from './deviceName.ts';

/** This device first, then the most recently active. */
const byRecency = (a: DeviceSession, b: DeviceSession) =>
  Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt);

/**
 * Where the person is signed in: each device by a readable name and when it was last active,
 * with a way to sign any other one out, or all of them at once.
 */
export function DevicesPanel({ version }: { readonly version: number }) {
  const id = useId();
  const { state, reload } = useRemote(everySession, `sessions-${version}`);
  const { busy, done, error, run } = useAction();

  const end = (session: DeviceSession) =>
    run(
      async () => {
        await endSession(session.id);
        await reload();
      },
      t('devices.signedOut', { device: deviceName(session.userAgent) }),
    );
  const endOthers = () =>
    run(async () => {
      await endOtherSessions();
      await reload();
    }, t('devices.endedOthers'));

  const sessions = state.status === 'ready' ? [...state.data].sort(byRecency) : [];
  const others = sessions.filter((session) => !session.current);
  const fold = useFold(sessions);
  const list = useRef<HTMLUListElement>(null);
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('devices.title')}</h2>
      <p className="muted">{t('devices.intro')}</p>
      {state.status === 'loading' && <SkeletonList rows={2} />}
      {state.status === 'failed' && <Alert message={describeError(state.error)} />}
      {state.status === 'ready' && (
        <>
          <ul className="settings-rows" aria-label={t('devices.title')} ref={list}>
            {fold.visible.map((session) => {
              const name = deviceName(session.userAgent);
              const when = formatRelative(session.lastSeenAt);
              return (
                <li key={session.id} className="settings-row">
                  <div className="settings-row-text">
                    <span className="settings-row-name">
                      {name}
                      {session.current && (
                        <span className="settings-tag">{t('devices.thisDevice')}</span>
                      )}
                    </span>
                    <span className="muted">
                      <span className="settings-nowrap">{t('devices.lastSeen', { when })}</span>
                      {' · '}
                      <span className="settings-nowrap">
                        {t('devices.since', { date: formatDate(session.createdAt) })}
                      </span>
                    </span>
                  </div>
                  {!session.current && (
                    <ConfirmAction
                      label={t('devices.signOut')}
                      accessibleLabel={t('devices.signOutLabel', { device: name, when })}
                      consequence={t('confirm.device.signOut', { device: name })}
                      confirmLabel={t('confirm.device.signOut.yes')}
                      pendingLabel={t('devices.pending')}
                      triggerClassName="secondary"
                      disabled={busy}
                      onConfirm={async () => {
                        await end(session);
                      }}
                    />
                  )}
                </li>
              );
            })}
          </ul>
          <ShowMore next={fold.next} onMore={fold.more} list={list} />
          {others.length > 0 ? (
            <div className="actions">
              <ConfirmAction
                label={t('devices.endOthers')}
                accessibleLabel={t('devices.endOthers')}
                consequence={t('confirm.device.others')}
                confirmLabel={t('confirm.device.others.yes')}
                pendingLabel={t('devices.pending')}
                triggerClassName="secondary"
                disabled={busy}
                onConfirm={async () => {
                  await endOthers();
                }}
              />
            </div>
          ) : (
            <p className="muted">{t('devices.onlyThis')}</p>
          )}
        </>
      )}
      <Feedback done={done} error={error} />
    </section>
  );
}
