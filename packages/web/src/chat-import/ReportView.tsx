import { chatRhythm, type ChatReport } from '@recipro/chat';
import { GuideLinks } from '../components/GuideLinks.tsx';
import { t, tn } from '../i18n/index.ts';
import { dateOrderLabel, formatChatDate, peopleCount } from './format.ts';
import { RhythmView } from './RhythmView.tsx';
import { WeeklyChart } from './WeeklyChart.tsx';
import { YouInChat } from './YouInChat.tsx';

/**
 * The analysis of one chat, on the reader's device: an overview, the chat's rhythm (what the
 * circle would see), the reader's own part once they say which name is theirs, and the messages
 * of each week for everyone together. Nobody's numbers are set beside anyone else's.
 */
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
          <section className="card stack chat-rhythm-card" aria-labelledby="chat-rhythm-title">
            <h2 id="chat-rhythm-title">{t('chat.rhythm.title')}</h2>
            <RhythmView rhythm={chatRhythm(report)} people={people.length} />
            <GuideLinks place="chat.rhythm" />
          </section>
          <YouInChat people={people} />
          <div className="card">
            <WeeklyChart report={report} />
          </div>
        </>
      )}
    </section>
  );
}
