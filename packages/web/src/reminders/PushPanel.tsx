import { useEffect, useState } from 'react';
import { ApiError, isServerErrorCode } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { currentPushSubscription, pushSupported, turnOffPush, turnOnPush } from './push.ts';

/**
 * Turns reminders on this device on or off, or says gently why this browser can't show them.
 * Whether it is on is this browser's own push subscription: other devices are not touched.
 */
export function PushPanel({ onTurnedOn }: { readonly onTurnedOn: () => Promise<void> }) {
  const supported = pushSupported();
  const [subscribed, setSubscribed] = useState<boolean>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!supported) return;
    let current = true;
    currentPushSubscription()
      .then((subscription) => current && setSubscribed(subscription !== null))
      .catch(() => current && setSubscribed(false));
    return () => {
      current = false;
    };
  }, [supported]);

  const start = () => {
    setBusy(true);
    setDone('');
    setNote('');
    setError(undefined);
  };

  const turnOn = async () => {
    start();
    try {
      const outcome = await turnOnPush();
      if (outcome === 'on') {
        setSubscribed(true);
        await onTurnedOn();
        setDone(t('reminders.pushDone'));
      } else {
        setNote(t(outcome === 'denied' ? 'reminders.pushDenied' : 'reminders.pushUnsupported'));
      }
    } catch (caught) {
      setNote(
        caught instanceof ApiError
          ? describeError(caught, {
              conflict: t('reminders.pushTaken'),
              unavailable: t('reminders.pushLookupFailed'),
            })
          : t('reminders.pushFailed'),
      );
    } finally {
      setBusy(false);
    }
  };

  const turnOff = async () => {
    start();
    try {
      await turnOffPush();
      setSubscribed(false);
      setDone(t('reminders.pushOffDone'));
    } catch (caught) {
      // Whatever happened, show what this browser now really has.
      setSubscribed((await currentPushSubscription().catch(() => null)) !== null);
      setError(
        caught instanceof ApiError && isServerErrorCode(caught.code)
          ? describeError(caught)
          : t('reminders.pushOffFailed'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="push-title">
      <h2 id="push-title">{t('reminders.pushTitle')}</h2>
      {!supported && <p className="muted">{t('reminders.pushUnsupported')}</p>}
      {supported && subscribed === true && (
        <>
          <p>{t('reminders.pushIsOn')}</p>
          <div className="actions">
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => void turnOff()}
            >
              {t('reminders.pushOff')}
            </button>
          </div>
        </>
      )}
      {supported && subscribed === undefined && (
        <p className="muted">{t('reminders.pushChecking')}</p>
      )}
      {supported && subscribed === false && (
        <>
          <p>{t('reminders.pushNotHere')}</p>
          <div className="actions">
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => void turnOn()}
            >
              {t('reminders.pushOn')}
            </button>
          </div>
        </>
      )}
      <p role="status" className="done">
        {done}
      </p>
      <p role="status" className="muted">
        {note}
      </p>
      <Alert message={error} />
    </section>
  );
}
