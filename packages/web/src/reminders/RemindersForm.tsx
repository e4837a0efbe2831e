import { useState } from 'react';
import { saveNotifications, sendTestReminder, type NotificationSettings } from '../api-load.ts';
import { Field } from '../components/Field.tsx';
import { t } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { useAction } from '../hooks/useAction.ts';
import { TimeZoneField } from '../components/TimeZoneField.tsx';
import { UpdateChoices } from './UpdateChoices.tsx';
import { testReminderWords } from './test-result.ts';

interface RemindersFormProps {
  readonly settings: NotificationSettings;
  readonly onSaved: (next: NotificationSettings) => void;
}

/**
 * Channels, quiet hours, time zone and which updates come by push or email, saved together;
 * and a test reminder.
 */
export function RemindersForm({ settings, onSaved }: RemindersFormProps) {
  const [email, setEmail] = useState(settings.email && settings.emailAvailable);
  const [push, setPush] = useState(settings.push);
  const [quiet, setQuiet] = useState(settings.quietHours !== null);
  const [from, setFrom] = useState(settings.quietHours?.from ?? '22:00');
  const [to, setTo] = useState(settings.quietHours?.to ?? '07:00');
  const [zone, setZone] = useState(settings.timezone);
  const [updates, setUpdates] = useState(settings.updates);
  const save = useAction();
  const test = useAction();

  const submit = () =>
    void save.run(async () => {
      const next = await saveNotifications({
        email,
        push,
        quietHours: quiet ? { from, to } : null,
        timezone: zone,
        updates: updates.map(({ kind, push, email }) => ({
          kind,
          push,
          email: email && settings.emailAvailable,
        })),
      });
      onSaved(next);
    }, t('reminders.saved'));

  const sendTest = () => {
    let words = '';
    void test.run(
      async () => {
        words = testReminderWords(await sendTestReminder());
      },
      () => words,
      { rate_limited: t('reminders.testTooMany') },
    );
  };

  return (
    <section className="card stack" aria-labelledby="reminders-form-title">
      <h2 id="reminders-form-title">{t('reminders.channels')}</h2>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="switches">
          <label className="switch-row">
            <input
              type="checkbox"
              role="switch"
              checked={email}
              disabled={!settings.emailAvailable}
              aria-describedby={settings.emailAvailable ? undefined : 'email-off'}
              onChange={(event) => setEmail(event.target.checked)}
            />
            {t('reminders.email')}
          </label>
          {!settings.emailAvailable && (
            <p id="email-off" className="hint">
              {t('reminders.emailOff')}
            </p>
          )}
          <label className="switch-row">
            <input
              type="checkbox"
              role="switch"
              checked={push}
              onChange={(event) => setPush(event.target.checked)}
            />
            {t('reminders.push')}
          </label>
        </div>
        <fieldset className="stack">
          <legend>{t('reminders.quiet')}</legend>
          <label className="switch-row">
            <input
              type="checkbox"
              role="switch"
              checked={quiet}
              onChange={(event) => setQuiet(event.target.checked)}
            />
            {t('reminders.quietOn')}
          </label>
          {quiet && (
            <div className="field-row">
              <Field
                label={t('reminders.quietFrom')}
                type="time"
                value={from}
                className="short-input"
                onChange={(event) => event.target.value && setFrom(event.target.value)}
              />
              <Field
                label={t('reminders.quietTo')}
                type="time"
                value={to}
                className="short-input"
                onChange={(event) => event.target.value && setTo(event.target.value)}
              />
            </div>
          )}
        </fieldset>
        <TimeZoneField label={t('reminders.zone')} value={zone} onChange={setZone} />
        <UpdateChoices
          choices={updates}
          onChange={setUpdates}
          emailAvailable={settings.emailAvailable}
          push={push}
          email={email}
          perDay={settings.updatePushesPerDay}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={save.busy}>
            {t('reminders.save')}
          </button>
          <button type="button" className="secondary" disabled={test.busy} onClick={sendTest}>
            {t('reminders.test')}
          </button>
        </div>
      </form>
      <Feedback done={save.done} error={save.error} />
      <Feedback done={test.done} error={test.error} />
    </section>
  );
}
