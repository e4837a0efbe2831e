import { useState } from 'react';
import { ApiError } from '../api.ts';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { pushSupported, turnOnPush } from './push.ts';

/** Turns on reminders on this device, or says gently why this browser can't show them. */
export function PushPanel({ onTurnedOn }: { readonly onTurnedOn: () => Promise<void> }) {
  const supported = pushSupported();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [note, setNote] = useState('');

  const turnOn = async () => {
    setBusy(true);
    setDone('');
    setNote('');
    try {
      const outcome = await turnOnPush();
      if (outcome === 'on') {
        await onTurnedOn();
        setDone(t('reminders.pushDone'));
      } else {
        setNote(t(outcome === 'denied' ? 'reminders.pushDenied' : 'reminders.pushUnsupported'));
      }
    } catch (error) {
      setNote(error instanceof ApiError ? describeError(error) : t('reminders.pushFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="push-title">
      <h2 id="push-title">{t('reminders.pushTitle')}</h2>
      {supported ? (
        <div className="actions">
          <button type="button" className="secondary" disabled={busy} onClick={() => void turnOn()}>
            {t('reminders.pushOn')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('reminders.pushUnsupported')}</p>
      )}
      <p role="status" className="done">
        {done}
      </p>
      <p role="status" className="muted">
        {note}
      </p>
    </section>
  );
}
