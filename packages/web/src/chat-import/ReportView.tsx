import type { ChatReport } from '@recipro/chat';
import { t, tn } from '../i18n/index.ts';
import { dateOrderLabel, formatChatDate, peopleCount } from './format.ts';
import { PersonChart, type PersonMetric } from './PersonChart.tsx';
import { WarmWords } from './WarmWords.tsx';
import { WeeklyChart } from './WeeklyChart.tsx';

const METRICS: readonly PersonMetric[] = ['messages', 'words', 'questions', 'conversationStarts'];

/** The analysis of one chat: an overview, warm words, a chart per count and the weeks. */
export function ReportView({ report }: { readonly report: ChatReport }) {
  const people = report.participants;
  const guessed = report.dateOrder?.decidedBy === 'guess' ? report.dateOrder.order : undefined;
  return (
    <section className="stack-lg chat-report" aria-labelledby="chat-report-title">
      <div className="card stack">
        <h2 id="chat-report-title">{t('chat.report.title')}</h2>
        {people.length === 0 || !report.first || !report.last ? (
          <p>{t('chat.report.noPeople')}</p>
        ) : (
          <p>
            {tn('chat.report.overview', report.messages, {
              people: peopleCount(people.length),
              first: formatChatDate(report.first),
              last: formatChatDate(report.last),
              format: t(`chat.format.${report.format}`),
            })}
          </p>
        )}
        {guessed && (
          <p className="muted">
            {t('chat.report.guessedDates', { order: dateOrderLabel(guessed) })}
          </p>
        )}
      </div>
      {people.length > 0 && (
        <>
          <WarmWords people={people} />
          <div className="chat-grid">
            {METRICS.map((metric) => (
              <div className="card" key={metric}>
                <PersonChart people={people} metric={metric} />
              </div>
            ))}
          </div>
          <div className="card">
            <WeeklyChart report={report} />
          </div>
        </>
      )}
    </section>
  );
}
