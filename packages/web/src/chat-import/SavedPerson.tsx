import type { ChatSummary, ChatSummaryPerson } from '../api-chat.ts';
import { formatNumber, t, tn } from '../i18n/index.ts';
import { formatDuration } from './format.ts';
import { formatShare, messageShare } from './saved.ts';

/**
 * One person of a saved chat: their share of the messages as a soft bar with the number in
 * words beside it, and how they reply, ask, repair and thank. Facts side by side, no ranking.
 */
export function SavedPerson({
  person,
  summary,
}: {
  readonly person: ChatSummaryPerson;
  readonly summary: ChatSummary;
}) {
  const share = messageShare(person, summary);
  const counts: readonly [string, string][] = [
    [
      t('chat.saved.reply'),
      person.medianReplySeconds === null
        ? t('chat.saved.noReply')
        : formatDuration(person.medianReplySeconds),
    ],
    [t('chat.saved.questions'), formatNumber(person.questions)],
    [t('chat.saved.apologies'), formatNumber(person.apologies)],
    [t('chat.saved.thanks'), formatNumber(person.appreciations)],
  ];
  return (
    <li className="chat-saved-person">
      <p className="chat-saved-name">{person.name}</p>
      <dl className="chat-saved-facts">
        <div className="chat-saved-share">
          <dt>{t('chat.saved.share')}</dt>
          <dd>
            <span className="chat-share-track" aria-hidden="true">
              <span
                className="chat-share-fill"
                style={{ width: `${Math.round(Math.min(1, share) * 100)}%` }}
              />
            </span>
            <span>
              {tn('chat.saved.shareValue', person.messages, { share: formatShare(share) })}
            </span>
          </dd>
        </div>
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}
