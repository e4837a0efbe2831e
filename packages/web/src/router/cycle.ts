/**
 * The addresses of the RECIPRO cycle's screens, under a circle: `/circles/:id/checkin`,
 * `/circles/:id/checkin/:checkinId`, `/circles/:id/reflect`, `/express`, `/repair`,
 * `/circles/:id/repair/:ruptureId/guide` (guided repair of one hard moment), `/review`.
 */

export const CYCLE_STEPS = ['checkin', 'reflect', 'express', 'repair', 'review'] as const;
export type CycleStep = (typeof CYCLE_STEPS)[number];

export interface CycleRoute {
  readonly name: 'cycle';
  readonly step: CycleStep;
  readonly circleId: string;
  /** Set only for one check-in: `/circles/:id/checkin/:checkinId`. */
  readonly checkinId: string | undefined;
  /** Set only for the guided repair of one rupture: `/circles/:id/repair/:ruptureId/guide`. */
  readonly ruptureId?: string;
}

const isStep = (value: string | undefined): value is CycleStep =>
  (CYCLE_STEPS as readonly (string | undefined)[]).includes(value);

/** The cycle route for already-decoded path `parts`, or undefined when it is not one. */
export function parseCycleRoute(parts: readonly string[]): CycleRoute | undefined {
  const [first, circleId, step, checkinId, guide] = parts;
  if (first !== 'circles' || !circleId || !isStep(step)) return undefined;
  if (parts.length === 3) return { name: 'cycle', step, circleId, checkinId: undefined };
  if (parts.length === 4 && step === 'checkin' && checkinId) {
    return { name: 'cycle', step, circleId, checkinId };
  }
  if (parts.length === 5 && step === 'repair' && checkinId && guide === 'guide') {
    return { name: 'cycle', step, circleId, checkinId: undefined, ruptureId: checkinId };
  }
  return undefined;
}

const enc = encodeURIComponent;

export const cyclePaths = {
  step: (circleId: string, step: CycleStep) => `/circles/${enc(circleId)}/${step}`,
  checkin: (circleId: string, checkinId: string) =>
    `/circles/${enc(circleId)}/checkin/${enc(checkinId)}`,
  repairGuide: (circleId: string, ruptureId: string) =>
    `/circles/${enc(circleId)}/repair/${enc(ruptureId)}/guide`,
};
