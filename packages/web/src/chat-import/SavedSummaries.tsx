import { useRef, useState } from 'react';
import type { SavedChatSummary } from '../api-chat.ts';
import type { CircleDetail } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { Empty } from '../components/Empty.tsx';
import { ShowMore } from '../components/ShowMore.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { describeError } from '../errors.ts';
import type { Pages } from '../hooks/usePages.ts';
import type { Remote } from '../hooks/useRemote.ts';
import { GuideLinks } from '../components/GuideLinks.tsx';
import { t } from '../i18n/index.ts';
import { SavedSummaryItem } from './SavedSummaryItem.tsx';

/**
 * What members of the circle saved from chats read on their own devices, newest first; each
 * member may delete what they saved.
 */
export function SavedSummaries({
  circle,
  state,
  reloadError,
  onDelete,
  onMore,
}: {
  readonly circle: CircleDetail;
  readonly state: Remote<Pages<SavedChatSummary, unknown>>;
  /** Why reading the list again failed; the list shown stays. */
  readonly reloadError: unknown;
  readonly onDelete: (saved: SavedChatSummary) => Promise<void>;
  /** Reads the next page of summaries and appends it. */
  readonly onMore: () => Promise<void>;
}) {
  const [done, setDone] = useState('');
  const list = useRef<HTMLUListElement>(null);
  return (
    <section className="card stack chat-saved" aria-labelledby="chat-saved-title">
      <h2 id="chat-saved-title" tabIndex={-1}>
        {t('chat.saved.title', { circle: circle.name })}
      </h2>
      <p className="muted">{t('chat.saved.lead', { circle: circle.name })}</p>
      <p role="status" className="done list-status">
        {done}
      </p>
      {state.status === 'loading' && <SkeletonList rows={2} />}
      <Alert
        message={
          state.status === 'failed'
            ? describeError(state.error)
            : reloadError === undefined
              ? undefined
              : describeError(reloadError)
        }
      />
      {state.status === 'ready' &&
        (state.data.items.length === 0 ? (
          <Empty>{t('chat.saved.empty', { circle: circle.name })}</Empty>
        ) : (
          <ul ref={list} className="chat-saved-list" aria-label={t('chat.saved.list')}>
            {state.data.items.map((saved) => (
              <SavedSummaryItem
                key={saved.id}
                saved={saved}
                circle={circle}
                onDelete={async (summary) => {
                  await onDelete(summary);
                  setDone(t('chat.saved.deleted'));
                }}
              />
            ))}
          </ul>
        ))}
      {state.status === 'ready' && <ShowMore next={state.data.next} onMore={onMore} list={list} />}
      {state.status === 'ready' && state.data.items.length > 0 && (
        <GuideLinks place="chat.rhythm" />
      )}
    </section>
  );
}
