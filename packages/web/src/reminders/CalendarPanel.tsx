import { useId } from 'react';
import { getCalendarFeed, revokeCalendarFeed } from '../api-load.ts';
import { Alert } from '../components/Alert.tsx';
import { ConfirmAction } from '../components/ConfirmAction.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { useRemote } from '../hooks/useRemote.ts';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { useAction } from '../hooks/useAction.ts';

/** The secret address of the person's calendar feed: copy it, or make a new one. */
export function CalendarPanel() {
  const id = useId();
  const { state, update } = useRemote(getCalendarFeed, 'calendar');
  const { busy, done, error, run, setError } = useAction();
  const url = state.status === 'ready' ? state.data : '';

  const copy = () =>
    void run(() => navigator.clipboard.writeText(url), t('reminders.copied')).then((ok) => {
      if (!ok) setError(t('invite.copyFailed'));
    });
  const renew = () =>
    run(async () => {
      await revokeCalendarFeed();
      const url = await getCalendarFeed();
      update(() => url);
    }, t('reminders.newAddressDone'));

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('reminders.calendarTitle')}</h2>
      <p className="muted" id={`${id}-intro`}>
        {t('reminders.calendarIntro')}
      </p>
      {state.status === 'loading' && <SkeletonList rows={2} />}
      {state.status === 'failed' && <Alert message={describeError(state.error)} />}
      {state.status === 'ready' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-url`}>{t('reminders.calendarUrl')}</label>
            <div className="copy-row">
              <input
                id={`${id}-url`}
                readOnly
                value={url}
                aria-describedby={`${id}-intro`}
                onFocus={(event) => event.currentTarget.select()}
              />
              <button type="button" className="primary" disabled={busy} onClick={copy}>
                {t('reminders.copy')}
              </button>
            </div>
          </div>
          <div className="actions">
            <ConfirmAction
              label={t('reminders.newAddress')}
              accessibleLabel={t('reminders.newAddress')}
              consequence={t('confirm.calendar.renew')}
              confirmLabel={t('confirm.calendar.renew.yes')}
              pendingLabel={t('confirm.calendar.renew.pending')}
              triggerClassName="secondary"
              disabled={busy}
              onConfirm={async () => {
                await renew();
              }}
            />
          </div>
        </>
      )}
      <Feedback done={done} error={error} />
    </section>
  );
}
