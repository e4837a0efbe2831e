import { useEffect } from 'react';

/**
 * Where Quick exit goes: a search page, neutral and ordinary on anyone's screen. Chosen over a
 * news or weather page because it looks the same whoever opened it.
 */
export const NEUTRAL_PAGE = 'https://www.google.com/';

/** Two presses of Esc within this long leave. */
export const DOUBLE_ESCAPE_MS = 800;

/**
 * Leaves recipro at once for the neutral page, replacing the current history entry so Back
 * does not return to this screen. The page is blanked first so nothing lingers while the
 * next one loads.
 */
export function quickExit(): void {
  document.title = '';
  document.body.replaceChildren();
  window.location.replace(NEUTRAL_PAGE);
}

/** Listens for Esc pressed twice quickly, on every screen, and leaves. */
export function useDoubleEscapeExit(): void {
  useEffect(() => {
    let last = Number.NEGATIVE_INFINITY;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing || event.repeat) return;
      const now = event.timeStamp;
      if (now - last <= DOUBLE_ESCAPE_MS) quickExit();
      else last = now;
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
