import { useEffect } from 'react';
import { isApiError } from '../errors.ts';
import { readNow, reads } from '../queries.ts';
import { useSession } from '../session.ts';
import { useRemote } from './useRemote.ts';

/** The circle a cycle screen belongs to; remembered as the current circle for the navigation. */
export function useCircle(circleId: string) {
  const { state } = useRemote(() => readNow(reads.circle(circleId)), circleId, {
    share: 'circle',
  });
  const { setCurrentCircle } = useSession();
  const circle = state.status === 'ready' ? state.data : undefined;
  const missing = state.status === 'failed' && isApiError(state.error, 'not_found');

  useEffect(() => {
    if (circle) setCurrentCircle({ id: circle.id, name: circle.name, kind: circle.kind });
    else if (missing) setCurrentCircle(null);
  }, [circle, missing, setCurrentCircle]);

  return { state, missing };
}
