import { useId, useState } from 'react';
import type { CircleDetail } from '../api.ts';
import { Feedback } from '../components/Feedback.tsx';
import { TextArea } from '../components/TextArea.tsx';
import { useAction } from '../hooks/useAction.ts';
import { t } from '../i18n/index.ts';
import {
  agreeToReport,
  reportPageUrl,
  setReportWords,
  withdrawFromReport,
  type Report,
} from '../api-reports.ts';
import { EmailPanel } from './EmailPanel.tsx';
import { LinksPanel } from './LinksPanel.tsx';

/**
 * One report: who has agreed, exactly what it holds (the page a counsellor sees, in a frame),
 * the reader's own agreement and words, and its links and their openings.
 */
export function ReportDetail({
  circle,
  report,
  onChanged,
}: {
  readonly circle: CircleDetail;
  readonly report: Report;
  readonly onChanged: () => Promise<void>;
}) {
  const id = useId();
  const [words, setWords] = useState(report.mine.addition ?? '');
  const agreement = useAction();
  const own = useAction();
  const page = reportPageUrl(circle.id, report.id);
  // The frame is read again whenever the report changes (words added, agreement given).
  const version = `${report.status}:${report.additions.map((a) => a.writtenAt).join(',')}`;

  const agree = () =>
    agreement.run(async () => {
      await agreeToReport(circle.id, report.id);
      await onChanged();
    }, t('counsel.agree.done'));
  const withdraw = () =>
    agreement.run(async () => {
      await withdrawFromReport(circle.id, report.id);
      await onChanged();
    }, t('counsel.withdraw.done'));
  const save = (text: string | null) =>
    own.run(
      async () => {
        await setReportWords(circle.id, report.id, text);
        if (text === null) setWords('');
        await onChanged();
      },
      text === null ? t('counsel.words.removed') : t('counsel.words.saved'),
    );

  return (
    <div className="report-detail stack-lg">
      <section className="card stack" aria-labelledby={`${id}-agree`}>
        <h2 id={`${id}-agree`}>{t('counsel.agree.title')}</h2>
        <p className={report.status === 'agreed' ? 'report-status agreed' : 'report-status'}>
          {report.status === 'agreed' ? t('counsel.status.agreed') : t('counsel.status.waiting')}
        </p>
        <ul className="report-members">
          {report.members.map((m) => {
            const name = m.id === circle.myMemberId ? t('counsel.member.you') : m.name;
            return (
              <li key={m.id}>
                {m.consented
                  ? t('counsel.member.agreed', { name })
                  : t('counsel.member.waiting', { name })}
              </li>
            );
          })}
        </ul>
        {report.mine.consented ? (
          <>
            <p>{t('counsel.agree.yours')}</p>
            <button
              type="button"
              className="secondary"
              disabled={agreement.busy}
              onClick={() => void withdraw()}
            >
              {t('counsel.withdraw.button')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={agreement.busy}
            onClick={() => void agree()}
          >
            {t('counsel.agree.button')}
          </button>
        )}
        <Feedback done={agreement.done} error={agreement.error} />
      </section>

      <section className="card stack" aria-labelledby={`${id}-view`}>
        <h2 id={`${id}-view`}>{t('counsel.view.title')}</h2>
        <p className="muted">{t('counsel.view.caption')}</p>
        <iframe key={version} className="report-frame" title={t('counsel.view.frame')} src={page} />
        <p>
          <a href={page} target="_blank" rel="noreferrer">
            {t('counsel.view.print')}
          </a>
        </p>
      </section>

      <section className="card stack" aria-labelledby={`${id}-words`}>
        <h2 id={`${id}-words`}>{t('counsel.words.title')}</h2>
        <TextArea
          label={t('counsel.words.label')}
          hint={t('counsel.words.hint')}
          value={words}
          maxLength={4000}
          onChange={(event) => setWords(event.target.value)}
        />
        <div className="report-actions">
          <button
            type="button"
            className="secondary"
            disabled={own.busy || words.trim() === '' || words === (report.mine.addition ?? '')}
            onClick={() => void save(words)}
          >
            {t('counsel.words.save')}
          </button>
          {report.mine.addition !== null && (
            <button
              type="button"
              className="link"
              disabled={own.busy}
              onClick={() => void save(null)}
            >
              {t('counsel.words.remove')}
            </button>
          )}
        </div>
        <Feedback done={own.done} error={own.error} />
      </section>

      <LinksPanel circleId={circle.id} report={report} onChanged={onChanged} />
      <EmailPanel circleId={circle.id} report={report} onChanged={onChanged} />
    </div>
  );
}
