import { useCallback, useState } from 'react';
import { describeError, type ErrorWords } from '../errors.ts';

/**
 * Runs one change at a time: `busy` while it runs, then a kind sentence in `done` or the
 * app's words for what failed in `error` (`words` for codes that mean something particular
 * here). `run` resolves to whether the change worked.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState<string>();
  const run = useCallback(
    async (
      change: () => Promise<unknown>,
      success: string | (() => string),
      words?: ErrorWords,
    ): Promise<boolean> => {
      setBusy(true);
      setError(undefined);
      setDone('');
      try {
        await change();
        setDone(typeof success === 'string' ? success : success());
        return true;
      } catch (caught) {
        setError(describeError(caught, words));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [],
  );
  return { busy, done, error, run, setError };
}
