import type { ParticipantReport } from '@recipro/chat';
import { t } from '../i18n/index.ts';
import { warmWords } from './insights.ts';

/** The report's patterns in gentle sentences, with a reminder of what words cannot show. */
export function WarmWords({ people }: { readonly people: readonly ParticipantReport[] }) {
  return (
    <section className="card stack chat-warm" aria-labelledby="chat-warm-title">
      <h2 id="chat-warm-title">{t('chat.warm.title')}</h2>
      <ul>
        {warmWords(people).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <p className="muted">{t('chat.warm.note')}</p>
    </section>
  );
}
