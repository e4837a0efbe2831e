import { useEffect, useState } from 'react';
import { getCircle, type CircleDetail } from '../api.ts';
import { isApiError } from '../errors.ts';
import { useSession } from '../session.ts';

type CircleState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly circle: CircleDetail }
  | { readonly status: 'failed'; readonly error: unknown };

/** The circle a summary would be saved to; remembered as the current circle for navigation. */
export function useImportCircle(circleId: string): CircleState {
  const [state, setState] = useState<CircleState>({ status: 'loading' });
  const { setCurrentCircle } = useSession();
  useEffect(() => {
    let live = true;
    getCircle(circleId).then(
      (circle) => {
        if (!live) return;
        setState({ status: 'ready', circle });
        setCurrentCircle({ id: circle.id, name: circle.name, kind: circle.kind });
      },
      (error: unknown) => {
        if (!live) return;
        setState({ status: 'failed', error });
        if (isApiError(error, 'not_found')) setCurrentCircle(null);
      },
    );
    return () => {
      live = false;
    };
  }, [circleId, setCurrentCircle]);
  return state;
}
