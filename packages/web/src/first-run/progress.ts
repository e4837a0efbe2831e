/**
 * The first-run path's steps and where a person stands on it, read from their account's own data
 * (a circle, an invitation or a member, an act they gave), so it resumes on any device. Only
 * leaving the path ("Not now", or finishing) is kept on the account (`firstRun` of /api/me).
 */

export const FIRST_RUN_STEPS = ['circle', 'invite', 'act', 'noticed'] as const;
export type FirstRunStep = (typeof FIRST_RUN_STEPS)[number];

/** What the account's data says. */
export interface FirstRunFacts {
  /** The person is in at least one circle. */
  readonly hasCircle: boolean;
  /** In that circle: someone else is a member or asked to join, or an invitation is open. */
  readonly invited: boolean;
  /** Someone besides the person is a member, so care can be logged for them. */
  readonly othersJoined: boolean;
  /** The person has logged an act of care in that circle. */
  readonly acted: boolean;
}

/** Which steps the data shows as done; "what I noticed means" is read, never derived. */
export function stepsDone(facts: FirstRunFacts): Readonly<Record<FirstRunStep, boolean>> {
  return {
    circle: facts.hasCircle,
    invite: facts.hasCircle && (facts.invited || facts.othersJoined),
    act: facts.hasCircle && facts.acted,
    noticed: false,
  };
}

/** The step to show on arrival: the first one not done. */
export function currentStep(facts: FirstRunFacts): FirstRunStep {
  const done = stepsDone(facts);
  return FIRST_RUN_STEPS.find((step) => !done[step]) ?? 'noticed';
}

/** The step after `step`, or undefined after the last. */
export function stepAfter(step: FirstRunStep): FirstRunStep | undefined {
  return FIRST_RUN_STEPS[FIRST_RUN_STEPS.indexOf(step) + 1];
}

/** The step before `step`, or undefined before the first. */
export function stepBefore(step: FirstRunStep): FirstRunStep | undefined {
  const index = FIRST_RUN_STEPS.indexOf(step);
  return index > 0 ? FIRST_RUN_STEPS[index - 1] : undefined;
}

/**
 * Whether a person may move on from `step` to the next: once it is done, and from the act step
 * also while nobody has joined yet (logging waits for them; the path need not).
 */
export function mayMoveOn(step: FirstRunStep, facts: FirstRunFacts): boolean {
  if (step === 'act') return facts.acted || (facts.hasCircle && !facts.othersJoined);
  return stepsDone(facts)[step];
}
