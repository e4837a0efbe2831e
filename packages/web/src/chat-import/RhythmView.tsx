import type { ChatRhythm } from '@recipro/chat';
import { t } from '../i18n/index.ts';
import { rhythmSentences } from './rhythm-words.ts';

/**
 * A chat's rhythm as a short list of patterns that name nobody, with a reminder of what words
 * cannot show. The same list is shown before saving and to the whole circle after.
 */
export function RhythmView({
  rhythm,
  people,
}: {
  readonly rhythm: ChatRhythm;
  readonly people: number;
}) {
  return (
    <>
      <ul className="chat-rhythm" aria-label={t('chat.rhythm.list')}>
        {rhythmSentences(rhythm, people).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <p className="muted">{t('chat.rhythm.note')}</p>
    </>
  );
}
