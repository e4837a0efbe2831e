import { useId, useState } from 'react';
import { Feedback } from '../components/Feedback.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { useAction } from '../hooks/useAction.ts';
import { formatDate, formatMoment, t } from '../i18n/index.ts';
import { makeReportLink, revokeReportLink, type CreatedLink, type Report } from '../api-reports.ts';

const DAYS = ['7', '30', '90'] as const;

/**
 * Read-only links for a counsellor, once everyone agreed: make one (its address is shown once),
 * stop one, and every opening of any of them, for everyone in the report to see.
 */
export function LinksPanel({
  circleId,
  report,
  onChanged,
}: {
  readonly circleId: string;
  readonly report: Report;
  readonly onChanged: () => Promise<void>;
}) {
  const id = useId();
  const [days, setDays] = useState<(typeof DAYS)[number]>('30');
  const [made, setMade] = useState<CreatedLink>();
  const { busy, done, error, run } = useAction();
  const agreed = report.status === 'agreed';

  const make = () =>
    run(async () => {
      setMade(await makeReportLink(circleId, report.id, Number(days)));
      await onChanged();
    }, t('counsel.links.made'));

  const revoke = (linkId: string) =>
    run(async () => {
      await revokeReportLink(circleId, report.id, linkId);
      if (made?.id === linkId) setMade(undefined);
      await onChanged();
    }, t('counsel.links.revoked'));

  return (
    <>
      <section className="card stack" aria-labelledby={`${id}-links`}>
        <h2 id={`${id}-links`}>{t('counsel.links.title')}</h2>
        {!agreed ? (
          <p className="muted">{t('counsel.links.waiting')}</p>
        ) : (
          <>
            <p className="muted">{t('counsel.links.intro')}</p>
            <SelectField
              label={t('counsel.links.days')}
              value={days}
              options={DAYS.map((d) => ({
                value: d,
                label: t('counsel.links.daysOption', { count: Number(d) }),
              }))}
              onChange={setDays}
            />
            <button type="button" className="secondary" disabled={busy} onClick={() => void make()}>
              {t('counsel.links.make')}
            </button>
          </>
        )}
        {made && (
          <div className="field">
            <label htmlFor={`${id}-url`}>{t('counsel.links.url')}</label>
            <div className="copy-row">
              <input
                id={`${id}-url`}
                readOnly
                dir="ltr"
                value={made.url}
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
            <p className="hint">
              <a href={`${made.url}?format=pdf`}>{t('counsel.links.pdf')}</a>
            </p>
          </div>
        )}
        <Feedback done={done} error={error} />
        {report.links.length === 0 ? (
          <p className="muted">{t('counsel.links.none')}</p>
        ) : (
          <ul className="report-links">
            {report.links.map((link) => (
              <li key={link.id}>
                <span>
                  {link.open
                    ? t('counsel.links.open', { date: formatDate(link.expiresAt) })
                    : link.revokedAt !== null
                      ? t('counsel.links.ended')
                      : t('counsel.links.expired', { date: formatDate(link.expiresAt) })}
                </span>
                {link.open && (
                  <button
                    type="button"
                    className="link"
                    disabled={busy}
                    onClick={() => void revoke(link.id)}
                  >
                    {t('counsel.links.revoke')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card stack" aria-labelledby={`${id}-openings`}>
        <h2 id={`${id}-openings`}>{t('counsel.openings.title')}</h2>
        {report.openings.length === 0 ? (
          <p className="muted">{t('counsel.openings.none')}</p>
        ) : (
          <ul className="report-openings">
            {report.openings.map((opening) => (
              <li key={opening.id}>
                {opening.format === 'pdf'
                  ? t('counsel.openings.pdf', { date: formatMoment(opening.openedAt) })
                  : t('counsel.openings.page', { date: formatMoment(opening.openedAt) })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
