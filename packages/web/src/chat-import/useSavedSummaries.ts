import { useCallback, useEffect, useRef, useState } from 'react';
import { listChatSummaries, type SavedChatSummary } from '../api-chat.ts';

export type SavedState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly summaries: readonly SavedChatSummary[] };

/**
 * The chat summaries saved to a circle, newest first. `reload` reads them again (after a save)
 * while the list already shown stays on screen; only the newest answer is kept.
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

  return { state, reload: load };
}
