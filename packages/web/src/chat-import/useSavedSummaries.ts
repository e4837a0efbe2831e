import { useCallback, useEffect, useRef, useState } from 'react';
import { deleteChatSummary, listChatSummaries, type SavedChatSummary } from '../api-chat.ts';

export type SavedState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly summaries: readonly SavedChatSummary[] };

/**
 * The chat summaries saved to a circle, newest first. `reload` reads them again (after a save)
 * while the list already shown stays on screen; only the newest answer is kept. `remove`
 * deletes one the member saved, and it leaves the list at once.
 */
export function useSavedSummaries(circleId: string) {
  const [state, setState] = useState<SavedState>({ status: 'loading' });
  const latest = useRef(0);

  const load = useCallback(() => {
    const asked = ++latest.current;
    listChatSummaries(circleId).then(
      ({ summaries }) => {
        if (asked === latest.current) setState({ status: 'ready', summaries });
      },
      (error: unknown) => {
        if (asked === latest.current) setState({ status: 'failed', error });
      },
    );
  }, [circleId]);

  useEffect(() => {
    setState({ status: 'loading' });
    load();
    return () => {
      // An answer that arrives after leaving the page, or for another circle, is dropped.
      latest.current++;
    };
  }, [load]);

  const remove = useCallback(
    async (saved: SavedChatSummary) => {
      await deleteChatSummary(circleId, saved.id);
      // A list still on its way may hold the deleted summary: it no longer counts.
      latest.current++;
      setState((now) =>
        now.status === 'ready'
          ? { status: 'ready', summaries: now.summaries.filter((s) => s.id !== saved.id) }
          : now,
      );
    },
    [circleId],
  );

  return { state, reload: load, remove };
}
