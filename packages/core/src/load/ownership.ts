import { STAGES, type StageOwners } from './responsibilities.ts';

/**
 * Each person acts on their own record: who a responsibility or a ritual concerns, and what a
 * member may change of it. Decisions are `ok`, `forbidden` (not theirs to change) or `conflict`
 * (theirs, but this goes through a hand-over).
 */
export type OwnershipDecision = 'ok' | 'forbidden' | 'conflict';

/** The members who carry at least one stage, in stage order, each once. */
export const concernedBy = (owners: StageOwners): string[] => [
  ...new Set(STAGES.map((s) => owners[s]).filter((m): m is string => m !== null)),
];

/**
 * Whether `actorId` may change (its title, area, rhythm, effort) or delete a responsibility:
 * anyone while nobody carries it, otherwise only those it concerns (the others are told).
 */
export function decideResponsibilityEdit(owners: StageOwners, actorId: string): OwnershipDecision {
  const concerned = concernedBy(owners);
  return concerned.length === 0 || concerned.includes(actorId) ? 'ok' : 'forbidden';
}

/**
 * Whether `actorId` may set a responsibility's owners from `before` to `after` directly. A stage
 * someone carries changes hands only through a proposed and accepted hand-over (`conflict` for
 * those it concerns, `forbidden` for others); a stage nobody carries may be taken on by the
 * actor themselves, never given to someone else.
 */
export function decideOwnersChange(
  before: StageOwners,
  after: StageOwners,
  actorId: string,
): OwnershipDecision {
  let decision: OwnershipDecision = 'ok';
  for (const stage of STAGES) {
    if (before[stage] === after[stage]) continue;
    if (before[stage] === null) {
      if (after[stage] !== actorId) return 'forbidden';
      continue;
    }
    if (!concernedBy(before).includes(actorId)) return 'forbidden';
    decision = 'conflict';
  }
  return decision;
}

/**
 * Whether `actorId` may change or stop a ritual taken part in by `before`, and (for a change of
 * who takes part) move it to `after`: only those taking part may, and each decides only for
 * themselves whether they take part (they may step out, never put someone else in or out).
 */
export function decideRitualChange(
  before: readonly string[],
  after: readonly string[],
  actorId: string,
): OwnershipDecision {
  if (!before.includes(actorId)) return 'forbidden';
  const changed = [
    ...before.filter((m) => !after.includes(m)),
    ...after.filter((m) => !before.includes(m)),
  ];
  return changed.every((m) => m === actorId) ? 'ok' : 'forbidden';
}
