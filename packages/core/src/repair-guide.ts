import type { EpochMs } from './model.ts';
import { revealStatus } from './reveal.ts';

/**
 * Guided repair: after a hard moment, each person in it answers a few short steps alone, and
 * everyone reads them together once all have finished (the reveal rule of check-ins, among the
 * members a rupture involves). The steps follow the repair research the product is built on: a
 * pause first (talking while upset rarely helps), a gentle, "I"-first account of the moment,
 * one's own part (which is how a hurt-for-hurt spiral stops), the need underneath, what would
 * help now, and one small thing to agree on.
 */

/** "Are you calm enough to talk?": yes, or not yet. */
export const GUIDE_PAUSE = ['ready', 'not_yet'] as const;
export type GuidePause = (typeof GUIDE_PAUSE)[number];

/** The written steps, in order, by the name of their field. */
export const GUIDE_TEXT_STEPS = ['saw', 'myPart', 'needed', 'wouldHelp', 'agreement'] as const;
export type GuideTextStep = (typeof GUIDE_TEXT_STEPS)[number];

/** Every step in order: the pause, then the written ones. */
export const GUIDE_STEPS = ['pause', ...GUIDE_TEXT_STEPS] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

/** The longest answer to one step, in characters (the same as any note). */
export const GUIDE_TEXT_MAX_LENGTH = 2000;

/** One person's answers, as they wrote them (an empty or blank text skips a step). */
export type GuideAnswers = { readonly pause: GuidePause } & Readonly<Record<GuideTextStep, string>>;

/**
 * How long after "not yet" the guide suggests coming back. Calming down after a heated moment
 * usually takes twenty minutes or more; half an hour leaves room for that without letting the
 * moment drift (repair is gentlest within a day).
 */
export const COME_BACK_AFTER_MS = 30 * 60 * 1000;

/** Whether a step was answered: anything but blanks. */
export const isWritten = (text: string): boolean => text.trim() !== '';

/** Why these answers cannot be finished yet, or null when they can. */
export type FinishProblem = 'not_ready' | 'nothing_written';

/**
 * Finishing needs a "ready" at the pause (someone who is not calm yet is not asked to share)
 * and at least one written step; any other step may stay blank.
 */
export function finishProblem(answers: GuideAnswers): FinishProblem | null {
  if (answers.pause !== 'ready') return 'not_ready';
  return GUIDE_TEXT_STEPS.some((step) => isWritten(answers[step])) ? null : 'nothing_written';
}

/** Where a guide stands: answered alone (`open`) or read together (`revealed`). */
export type GuideStatus = 'open' | 'revealed';

/**
 * A guide is revealed once every member the rupture involves has finished; what others who are
 * not involved did never counts, and a guide nobody is in stays open.
 */
export function guideStatus(
  involved: readonly string[],
  finishedBy: readonly string[],
): GuideStatus {
  if (involved.length === 0) return 'open';
  const finished = involved.filter((id) => finishedBy.includes(id)).length;
  return revealStatus({ closed: false, memberCount: involved.length, answeredCount: finished }) ===
    'open'
    ? 'open'
    : 'revealed';
}

/** When someone last said "not yet", to suggest a time to come back. */
export interface Paused {
  readonly pause: GuidePause;
  /** When this person said "not yet" (kept while they still say it); null otherwise. */
  readonly notYetAt: EpochMs | null;
}

/**
 * The suggested time to come back: COME_BACK_AFTER_MS after the latest "not yet" of those who
 * still say it, or null when everyone who answered the pause is ready.
 */
export function comeBackAt(paused: readonly Paused[]): EpochMs | null {
  let latest: EpochMs | null = null;
  for (const p of paused) {
    if (p.pause !== 'not_yet' || p.notYetAt === null) continue;
    latest = latest === null || p.notYetAt > latest ? p.notYetAt : latest;
  }
  return latest === null ? null : latest + COME_BACK_AFTER_MS;
}

/** One proposal of the agreement step, after the reveal. */
export interface Agreement {
  /** The member who proposed it. */
  readonly proposedBy: string;
  /** Everyone in it who is in on it: its author, then those who said so, in `involved` order. */
  readonly agreedBy: string[];
  /** Whether everyone the rupture involves is in on it. */
  readonly agreed: boolean;
}

/** One person's part of the agreement step: their proposal, and the others' they are in on. */
export interface AgreementAnswer {
  readonly memberId: string;
  readonly agreement: string;
  readonly agreesWith: readonly string[];
}

/**
 * The agreement step, read together: one entry per written proposal of an involved member, in
 * `involved` order. Its author is in on it; so is anyone involved who said they are. Saying so
 * about a proposal that is blank, or about one's own, counts for nothing.
 */
export function agreementsOf(
  involved: readonly string[],
  answers: readonly AgreementAnswer[],
): Agreement[] {
  const byMember = new Map(answers.map((a) => [a.memberId, a]));
  const out: Agreement[] = [];
  for (const author of involved) {
    const proposal = byMember.get(author);
    if (!proposal || !isWritten(proposal.agreement)) continue;
    const agreedBy = involved.filter(
      (id) => id === author || (byMember.get(id)?.agreesWith.includes(author) ?? false),
    );
    out.push({ proposedBy: author, agreedBy, agreed: agreedBy.length === involved.length });
  }
  return out;
}
