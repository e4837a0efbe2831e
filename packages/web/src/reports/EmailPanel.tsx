import { useId, useState, type FormEvent } from 'react';
import { Feedback } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { useAction } from '../hooks/useAction.ts';
import { formatMoment, t } from '../i18n/index.ts';
import { emailReport, setReportEmail, type Report } from '../api-reports.ts';

/**
 * The PDF by email, when the server sends email: an address everyone agrees to (choosing it
 * asks everyone again), and sending once they all have.
 */
export function EmailPanel({
  circleId,
  report,
  onChanged,
}: {
  readonly circleId: string;
  readonly report: Report;
  readonly onChanged: () => Promise<void>;
}) {
  const id = useId();
  const [address, setAddress] = useState(report.email.to ?? '');
  const { busy, done, error, run } = useAction();
  if (!report.email.available) return null;

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await setReportEmail(circleId, report.id, address.trim());
      await onChanged();
    }, t('counsel.email.saved'));
  };
  const send = () =>
    run(
      async () => {
        await emailReport(circleId, report.id);
        await onChanged();
      },
      t('counsel.email.sent', { address: report.email.to ?? '' }),
    );

  return (
    <section className="card stack" aria-labelledby={`${id}-email`}>
      <h2 id={`${id}-email`}>{t('counsel.email.title')}</h2>
      <form className="stack" onSubmit={save}>
        <Field
          label={t('counsel.email.address')}
          hint={t('counsel.email.hint')}
          type="email"
          dir="ltr"
          value={address}
          required
          onChange={(event) => setAddress(event.target.value)}
        />
        <button
          type="submit"
          className="secondary"
          disabled={busy || address.trim() === '' || address.trim() === report.email.to}
        >
          {t('counsel.email.save')}
        </button>
      </form>
      {report.email.to !== null && report.status === 'agreed' && (
        <button type="button" className="primary" disabled={busy} onClick={() => void send()}>
          {t('counsel.email.send')}
        </button>
      )}
      {report.email.sentAt !== null && (
        <p className="muted">
          {t('counsel.email.last', {
            date: formatMoment(report.email.sentAt),
          })}
        </p>
      )}
      <Feedback done={done} error={error} />
    </section>
  );
}
