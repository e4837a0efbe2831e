import { useId } from 'react';
import type { SavedChatSummary } from '../api-chat.ts';
import type { CircleDetail } from '../api.ts';
import { t, tn } from '../i18n/index.ts';
import { peopleCount } from './format.ts';
import { savedByLine, savedTitle } from './saved.ts';
import { SavedPerson } from './SavedPerson.tsx';

/** One saved summary: which chat and when, who saved it, and each person in it. */
export function SavedSummaryItem({
  saved,
  circle,
}: {
  readonly saved: SavedChatSummary;
  readonly circle: CircleDetail;
}) {
  const id = useId();
  const { summary } = saved;
  return (
    <li className="chat-saved-item" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{savedTitle(summary)}</h3>
      <p className="muted">
        <time dateTime={saved.createdAt}>{savedByLine(saved, circle)}</time>
      </p>
      <p>
        {tn('chat.saved.overview', summary.messages, {
          people: peopleCount(summary.participants.length),
        })}
      </p>
      <ul className="chat-saved-people" aria-label={t('chat.saved.people')}>
        {summary.participants.map((person, index) => (
          // Names in one chat may repeat; the place in the saved list tells them apart.
          <SavedPerson key={`${index}-${person.name}`} person={person} summary={summary} />
        ))}
      </ul>
    </li>
  );
}
