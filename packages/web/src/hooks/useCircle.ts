import { useEffect } from 'react';
import { getCircle } from '../api.ts';
import { isApiError } from '../errors.ts';
import { useSession } from '../session.ts';
import { useRemote } from './useRemote.ts';

/** The circle a cycle screen belongs to; remembered as the current circle for the navigation. */
export function useCircle(circleId: string) {
  const { state } = useRemote(() => getCircle(circleId), circleId);
  const { setCurrentCircle } = useSession();
  const circle = state.status === 'ready' ? state.data : undefined;
  const missing = state.status === 'failed' && isApiError(state.error, 'not_found');

  useEffect(() => {
    if (circle) setCurrentCircle({ id: circle.id, name: circle.name, kind: circle.kind });
    else if (missing) setCurrentCircle(null);
  }, [circle, missing, setCurrentCircle]);

  return { state, missing };
}
