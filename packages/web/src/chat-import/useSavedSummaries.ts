import { useCallback } from 'react';
import { deleteChatSummary, listChatSummaries, type SavedChatSummary } from '../api-chat.ts';
import { usePages } from '../hooks/usePages.ts';

/**
 * The chat summaries saved to a circle, newest first, a page at a time (`more` appends the next
 * page). `reload` reads them again (after a save) while the list already shown stays on
 * screen; only the newest answer is kept. `remove` deletes one the member saved, and it leaves
 * the list at once.
 */
export function useSavedSummaries(circleId: string) {
  const saved = usePages(
    (cursor) => listChatSummaries(circleId, cursor),
    (page) => page.summaries,
    (summary: SavedChatSummary) => summary.id,
    circleId,
  );
  const { update } = saved;
  const remove = useCallback(
    async (summary: SavedChatSummary) => {
      await deleteChatSummary(circleId, summary.id);
      update((shown) => ({ ...shown, items: shown.items.filter((s) => s.id !== summary.id) }));
    },
    [circleId, update],
  );
  return { ...saved, remove };
}
