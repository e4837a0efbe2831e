import { useCallback } from 'react';
import { deleteChatSummary, everyChatSummary, type SavedChatSummary } from '../api-chat.ts';
import { useRemote } from '../hooks/useRemote.ts';

/**
 * The chat summaries saved to a circle, newest first. `reload` reads them again (after a save)
 * while the list already shown stays on screen; only the newest answer is kept. `remove`
 * deletes one the member saved, and it leaves the list at once.
 */
export function useSavedSummaries(circleId: string) {
  const saved = useRemote(() => everyChatSummary(circleId), circleId);
  const { update } = saved;
  const remove = useCallback(
    async (summary: SavedChatSummary) => {
      await deleteChatSummary(circleId, summary.id);
      update((summaries) => summaries.filter((s) => s.id !== summary.id));
    },
    [circleId, update],
  );
  return { ...saved, remove };
}
