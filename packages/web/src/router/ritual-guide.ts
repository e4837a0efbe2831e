/** The address of a ritual's guide: `/circles/:circleId/rituals/:ritualId`. */

export interface RitualGuideRoute {
  readonly name: 'ritualGuide';
  readonly circleId: string;
  readonly ritualId: string;
}

/** The route for already-decoded path `parts`, or undefined when it is not one. */
export function parseRitualGuideRoute(parts: readonly string[]): RitualGuideRoute | undefined {
  const [first, circleId, page, ritualId] = parts;
  if (parts.length !== 4 || first !== 'circles' || page !== 'rituals') return undefined;
  if (!circleId || !ritualId) return undefined;
  return { name: 'ritualGuide', circleId, ritualId };
}

export const ritualGuidePath = (circleId: string, ritualId: string) =>
  `/circles/${encodeURIComponent(circleId)}/rituals/${encodeURIComponent(ritualId)}`;
