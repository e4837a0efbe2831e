import type { Effort } from '../vocabulary.ts';

/**
 * Responsibilities: the household and emotional labour of a circle as an inventory. Each has an
 * owner per stage of mental load — noticing it is needed, planning it, doing it, following up —
 * so that the invisible stages are credited, not only the doing.
 */
export const RESPONSIBILITY_AREAS = [
  'home',
  'children',
  'money',
  'health',
  'social',
  'family',
  'admin',
  'emotional',
] as const;
export type ResponsibilityArea = (typeof RESPONSIBILITY_AREAS)[number];

export const FREQUENCIES = [
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'occasional',
] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * How many times a month each frequency comes round: the weight of a responsibility's load.
 * `occasional` counts as once every two months — a guess, stated here so it can be argued with.
 */
export const TIMES_A_MONTH: Readonly<Record<Frequency, number>> = {
  daily: 30,
  weekly: 52 / 12,
  monthly: 1,
  quarterly: 1 / 3,
  yearly: 1 / 12,
  occasional: 1 / 2,
};

export const STAGES = ['notice', 'plan', 'do', 'followUp'] as const;
export type Stage = (typeof STAGES)[number];

/** The stages nobody sees being done: the mental load. */
export const INVISIBLE_STAGES: readonly Stage[] = ['notice', 'plan', 'followUp'];

/**
 * Weight of each stage in one round of a responsibility. Doing counts as much as the three
 * invisible stages together, which credits the mental load without discounting the work.
 */
export const STAGE_WEIGHTS: Readonly<Record<Stage, number>> = {
  notice: 1,
  plan: 1,
  do: 3,
  followUp: 1,
};

export type StageOwners = Readonly<Record<Stage, string | null>>;

export interface Responsibility {
  readonly id: string;
  readonly title: string;
  readonly area: ResponsibilityArea;
  readonly frequency: Frequency;
  readonly effort: Effort;
  /** Member id per stage; null while nobody owns that stage. */
  readonly owners: StageOwners;
}

export const isResponsibilityArea = (v: unknown): v is ResponsibilityArea =>
  typeof v === 'string' && (RESPONSIBILITY_AREAS as readonly string[]).includes(v);
export const isFrequency = (v: unknown): v is Frequency =>
  typeof v === 'string' && (FREQUENCIES as readonly string[]).includes(v);
export const isStage = (v: unknown): v is Stage =>
  typeof v === 'string' && (STAGES as readonly string[]).includes(v);

/** The load of one stage of a responsibility in a month: frequency × effort × stage weight. */
export const stageLoad = (r: Pick<Responsibility, 'frequency' | 'effort'>, stage: Stage): number =>
  TIMES_A_MONTH[r.frequency] * r.effort * STAGE_WEIGHTS[stage];

/** Every stage owned by one member: "I'll take this", in one tap. */
export const ownedWholly = (memberId: string): StageOwners => ({
  notice: memberId,
  plan: memberId,
  do: memberId,
  followUp: memberId,
});

/** Why owners cannot be stored, or null: every owner must be a member of the circle. */
export function ownersProblem(owners: StageOwners, memberIds: readonly string[]): string | null {
  for (const stage of STAGES) {
    const owner = owners[stage];
    if (owner !== null && !memberIds.includes(owner))
      return `the owner of "${stage}" is not in the circle`;
  }
  return null;
}
