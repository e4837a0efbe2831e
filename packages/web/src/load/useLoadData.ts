import { useCallback } from 'react';
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
import { useRemote } from '../hooks/useRemote.ts';

export interface LoadData {
  readonly responsibilities: readonly Responsibility[];
  readonly load: LoadOverview;
  readonly handovers: readonly Handover[];
  readonly catalogue: readonly CatalogueItem[];
}

const readAll = async (circleId: string, kind: CircleKind): Promise<LoadData> => {
  const [responsibilities, load, handovers, catalogue] = await Promise.all([
    listResponsibilities(circleId),
    getLoad(circleId),
    listHandovers(circleId),
    getCatalogue(kind),
  ]);
  return { responsibilities, load, handovers, catalogue };
};

/**
 * Everything the load screen shows; `reload` reads it again after a change. A failed read
 * rejects, so the panel that made the change says what went wrong.
 */
export function useLoadData(circleId: string, kind: CircleKind) {
  const { state, update } = useRemote(() => readAll(circleId, kind), `${circleId}/${kind}`);
  const reload = useCallback(async () => {
    const data = await readAll(circleId, kind);
    update(() => data);
  }, [circleId, kind, update]);
  return { state, reload };
}
