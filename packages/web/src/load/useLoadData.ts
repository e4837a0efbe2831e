import { useCallback, useEffect, useState } from 'react';
import type { CircleKind } from '@recipro/core';
import {
  getCatalogue,
  getLoad,
  listHandovers,
  listResponsibilities,
  type CatalogueItem,
  type Handover,
  type LoadOverview,
  type Responsibility,
} from '../api-load.ts';

export interface LoadData {
  readonly responsibilities: readonly Responsibility[];
  readonly load: LoadOverview;
  readonly handovers: readonly Handover[];
  readonly catalogue: readonly CatalogueItem[];
}

export type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly data: LoadData };

const fetchAll = async (circleId: string, kind: CircleKind): Promise<LoadData> => {
  const [responsibilities, load, handovers, catalogue] = await Promise.all([
    listResponsibilities(circleId),
    getLoad(circleId),
    listHandovers(circleId),
    getCatalogue(kind),
  ]);
  return { responsibilities, load, handovers, catalogue };
};

/** Everything the load screen shows; `reload` reads it again after a change. */
export function useLoadData(circleId: string, kind: CircleKind) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    fetchAll(circleId, kind).then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [circleId, kind]);
  const reload = useCallback(async () => {
    const data = await fetchAll(circleId, kind);
    setState({ status: 'ready', data });
  }, [circleId, kind]);
  return { state, reload };
}
