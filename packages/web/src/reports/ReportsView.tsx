import { useId, useState } from 'react';
import type { CircleDetail } from '../api.ts';
import { listReports, type Report } from '../api-reports.ts';
import { Alert } from '../components/Alert.tsx';
import { Empty } from '../components/Empty.tsx';
import { Link } from '../components/Link.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { describeError } from '../errors.ts';
import { useRemote } from '../hooks/useRemote.ts';
import { dateTimeFormat } from '../i18n/formats.ts';
import { t } from '../i18n/index.ts';
import { paths } from '../router.ts';
import { reportPaths } from '../router/reports.ts';
import { PrepareForm } from './PrepareForm.tsx';
import { ReportDetail } from './ReportDetail.tsx';
import './reports.css';

const DAY = 86_400_000;
const formatDay = (at: number) =>
  dateTimeFormat({ dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(at));

/** A report's period as its days: the end is the day after the last one. */
export const periodText = (report: Pick<Report, 'from' | 'to'>) =>
  t('counsel.list.item', {
    from: formatDay(Date.parse(report.from)),
    to: formatDay(Date.parse(report.to) - DAY),
  });

/**
 * Report for a counsellor: prepare one for a period, then, for the one chosen, see exactly what
 * it holds, agree or take the agreement back, add words for the reader, and share it by link.
 */
export function ReportsView({ circle }: { readonly circle: CircleDetail }) {
  const id = useId();
  const { state, reload, update } = useRemote(() => listReports(circle.id), circle.id);
  const [chosenId, setChosenId] = useState<string>();
  const reports = state.status === 'ready' ? state.data : undefined;
  const chosen = reports?.find((r) => r.id === chosenId) ?? reports?.[0];

  return (
    <div className="reports stack-lg">
      <header className="circle-header stack">
        <ScreenTitle>{t('counsel.report.title')}</ScreenTitle>
        <p className="muted">
          <Link to={paths.circle(circle.id)}>
            {t('counsel.report.backToCircle', { name: circle.name })}
          </Link>
          {' · '}
          <Link to={reportPaths.counselling()}>{t('counsel.report.talking')}</Link>
        </p>
        <p className="lead">{t('counsel.report.intro')}</p>
      </header>

      <PrepareForm
        circleId={circle.id}
        onPrepared={(report) => {
          update((list) => [report, ...list]);
          setChosenId(report.id);
        }}
      />

      <section className="card stack" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('counsel.list.title')}</h2>
        {state.status === 'loading' && <SkeletonList rows={2} />}
        {state.status === 'failed' && <Alert message={describeError(state.error)} />}
        {reports &&
          (reports.length === 0 ? (
            <Empty>{t('counsel.list.empty')}</Empty>
          ) : (
            <ul className="report-list">
              {reports.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    className={r.id === chosen?.id ? 'chip current' : 'chip'}
                    aria-current={r.id === chosen?.id ? 'true' : undefined}
                    onClick={() => setChosenId(r.id)}
                  >
                    {periodText(r)}
                    {' · '}
                    {r.status === 'agreed'
                      ? t('counsel.status.agreed')
                      : t('counsel.status.waiting')}
                  </button>
                </li>
              ))}
            </ul>
          ))}
      </section>

      {chosen && (
        <ReportDetail key={chosen.id} circle={circle} report={chosen} onChanged={reload} />
      )}
    </div>
  );
}
