import { useCallback, useEffect, useState } from 'react';

export type Remote<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly data: T };

/**
 * Loads `load()` when `key` changes; `reload` fetches again and keeps what is on screen until
 * the answer arrives (a failed reload keeps the old data and reports its error).
 */
export function useRemote<T>(load: () => Promise<T>, key: string) {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' });
  const [reloadError, setReloadError] = useState<unknown>();

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
    // `key` names what `load` fetches; a new function with the same key is the same load.
  }, [key]);

  const reload = useCallback(async () => {
    try {
      const data = await load();
      setState({ status: 'ready', data });
      setReloadError(undefined);
    } catch (error) {
      setReloadError(error);
    }
  }, [key]);

  return { state, reload, reloadError, setState };
}
