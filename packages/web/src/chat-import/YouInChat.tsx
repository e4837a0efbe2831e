import type { ParticipantReport } from '@recipro/chat';
import { useId, useState } from 'react';
import { t, tn } from '../i18n/index.ts';
import { formatDuration } from './format.ts';
import { formatShare } from './saved.ts';

/**
 * The reader's own part of the chat, once they say which name is theirs: their own figures,
 * said to them as "you". It lives only in this component's state on this device; nothing of it
 * is saved or sent, and nobody else's figures are shown.
 */
export function YouInChat({ people }: { readonly people: readonly ParticipantReport[] }) {
  const id = useId();
  const [chosen, setChosen] = useState<number>();
  const me = chosen === undefined ? undefined : people[chosen];
  return (
    <section className="card stack chat-you" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('chat.you.title')}</h2>
      <p>{t('chat.you.body')}</p>
      <div className="field">
        <label htmlFor={`${id}-pick`}>{t('chat.you.pick')}</label>
        <select
          id={`${id}-pick`}
          value={chosen ?? ''}
          onChange={(event) =>
            setChosen(event.target.value === '' ? undefined : Number(event.target.value))
          }
        >
          <option value="">{t('chat.you.choose')}</option>
          {people.map((person, index) => (
            // Names in one chat may repeat; the place in the list tells them apart.
            <option key={`${index}-${person.name}`} value={index}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      {me && (
        <ul className="chat-you-figures" aria-label={t('chat.you.figures')}>
          <li>
            {tn('chat.you.messages', me.messages, { share: formatShare(me.shareOfMessages) })}
          </li>
          <li>{tn('chat.you.starts', me.conversationStarts)}</li>
          <li>{tn('chat.you.questions', me.questions)}</li>
          <li>{tn('chat.you.thanks', me.appreciations)}</li>
          <li>{tn('chat.you.repair', me.apologies)}</li>
          <li>
            {me.medianReplySeconds === null
              ? t('chat.you.noReply')
              : t('chat.you.reply', { duration: formatDuration(me.medianReplySeconds) })}
          </li>
        </ul>
      )}
    </section>
  );
}
