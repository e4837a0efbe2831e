/**
 * The guide's screens and the small rules of filling it in: one screen per step on any device
 * (the pause, each written step, then a look over it all), drafts, and the examples offered.
 */
import {
  finishProblem,
  GUIDE_TEXT_STEPS,
  type FinishProblem,
  type GuidePause,
  type GuideTextStep,
} from '@recipro/core';
import type { MessageKey } from '../i18n/index.ts';
import type { GuideAnswers, RepairGuide } from './api.ts';

export const SCREENS = ['pause', ...GUIDE_TEXT_STEPS, 'review'] as const;
export type Screen = (typeof SCREENS)[number];

/** What is being written: like the answers sent, but the pause may not be chosen yet. */
export type Draft = Omit<GuideAnswers, 'pause'> & { readonly pause: GuidePause | null };

const EMPTY: Draft = { pause: null, saw: '', myPart: '', needed: '', wouldHelp: '', agreement: '' };

/** The reader's saved answers to go on from, or an empty draft. */
export function draftOf(guide: RepairGuide): Draft {
  const mine = guide.mine;
  if (!mine) return EMPTY;
  const { pause, saw, myPart, needed, wouldHelp, agreement } = mine;
  return { pause, saw, myPart, needed, wouldHelp, agreement };
}

/** The answers to send, once the pause is chosen (undefined before). */
export const toAnswers = (draft: Draft): GuideAnswers | undefined =>
  draft.pause === null ? undefined : { ...draft, pause: draft.pause };

/** Why the draft cannot be finished yet (core's rule), or null. */
export const finishBlock = (draft: Draft): FinishProblem | null => {
  const answers = toAnswers(draft);
  return answers ? finishProblem(answers) : 'not_ready';
};

/** The examples offered for each written step, by message key. */
export const EXAMPLES: Readonly<Record<GuideTextStep, readonly MessageKey[]>> = {
  saw: [
    'repairGuide.examples.saw.1',
    'repairGuide.examples.saw.2',
    'repairGuide.examples.saw.3',
    'repairGuide.examples.saw.4',
  ],
  myPart: [
    'repairGuide.examples.myPart.1',
    'repairGuide.examples.myPart.2',
    'repairGuide.examples.myPart.3',
    'repairGuide.examples.myPart.4',
    'repairGuide.examples.myPart.5',
  ],
  needed: [
    'repairGuide.examples.needed.1',
    'repairGuide.examples.needed.2',
    'repairGuide.examples.needed.3',
    'repairGuide.examples.needed.4',
  ],
  wouldHelp: [
    'repairGuide.examples.wouldHelp.1',
    'repairGuide.examples.wouldHelp.2',
    'repairGuide.examples.wouldHelp.3',
    'repairGuide.examples.wouldHelp.4',
  ],
  agreement: [
    'repairGuide.examples.agreement.1',
    'repairGuide.examples.agreement.2',
    'repairGuide.examples.agreement.3',
    'repairGuide.examples.agreement.4',
  ],
};

/** A step's text started from an example: the example when nothing is written, else added below. */
export const startFrom = (text: string, example: string): string =>
  text.trim() === '' ? example : `${text.trimEnd()}\n${example}`;

/** Those in the guide, other than `me`, who have not finished, in the guide's order. */
export const stillToFinish = (guide: RepairGuide, me: string): string[] =>
  guide.involvedMemberIds.filter((id) => id !== me && !guide.finishedBy.includes(id));
