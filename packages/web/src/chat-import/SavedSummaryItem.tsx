import { useId } from 'react';
import type { SavedChatSummary } from '../api-chat.ts';
import type { CircleDetail } from '../api.ts';
import { ConfirmAction } from '../components/ConfirmAction.tsx';
import { focusAfterRemoval } from '../focus.ts';
import { t, tn } from '../i18n/index.ts';
import { peopleCount } from './format.ts';
import { RhythmView } from './RhythmView.tsx';
import { savedByLine, savedTitle } from './saved.ts';

/**
 * One saved summary as the whole circle sees it: which chat and when, who saved it, how many
 * messages from how many people, and its rhythm as patterns that name nobody. Whoever saved it
 * may delete it.
 */
export function SavedSummaryItem({
  saved,
  circle,
  onDelete,
}: {
  readonly saved: SavedChatSummary;
  readonly circle: CircleDetail;
  readonly onDelete: (saved: SavedChatSummary) => Promise<void>;
}) {
  const id = useId();
  const { summary } = saved;
  const title = savedTitle(summary);
  return (
    <li className="chat-saved-item" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="muted">
        <time dateTime={saved.createdAt}>{savedByLine(saved, circle)}</time>
      </p>
      <p>
        {tn('chat.saved.overview', summary.messages, {
          people: peopleCount(summary.people),
        })}
      </p>
      <RhythmView rhythm={summary.rhythm} people={summary.people} />
      {saved.memberId === circle.myMemberId && (
        <div className="chat-saved-actions">
          <ConfirmAction
            label={t('chat.saved.delete')}
            accessibleLabel={t('chat.saved.delete.label', { title })}
            consequence={t('chat.saved.delete.confirm', { circle: circle.name })}
            confirmLabel={t('chat.saved.delete.yes')}
            pendingLabel={t('common.deleting')}
            onConfirm={async (origin) => {
              const refocus = focusAfterRemoval(origin.closest('li.chat-saved-item'));
              await onDelete(saved);
              refocus();
            }}
          />
        </div>
      )}
    </li>
  );
}
