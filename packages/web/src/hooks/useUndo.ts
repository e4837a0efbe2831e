import { useCallback, useState } from 'react';

/** One tap that can be taken back for a few seconds, as the undo bar shows it. */
export interface UndoOffer {
  /** What was just done, e.g. "Logged: Practical help for Sam." */
  readonly message: string;
  /** Takes it back on the server; a failure is shown in the bar, which stays. */
  readonly undo: () => Promise<void>;
  /** Said once it is taken back, e.g. "Taken back: nothing was logged." */
  readonly undone: string;
}

export interface UndoState {
  /** The offer showing now, with a number that changes with every new offer. */
  readonly current: (UndoOffer & { readonly key: number }) | undefined;
  /** Shows a new offer in place of the one before (which can no longer be taken back here). */
  readonly offer: (offer: UndoOffer) => void;
  readonly clear: () => void;
}

let nextKey = 1;

/** What a screen's undo bar (components/UndoBar.tsx) shows: the latest tap that can be undone. */
export function useUndo(): UndoState {
  const [current, setCurrent] = useState<UndoState['current']>();
  const offer = useCallback((next: UndoOffer) => setCurrent({ ...next, key: nextKey++ }), []);
  const clear = useCallback(() => setCurrent(undefined), []);
  return { current, offer, clear };
}
