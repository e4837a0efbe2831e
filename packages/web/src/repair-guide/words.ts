/** The words of each written step: its title and hint while writing, its heading when read together. */
import type { GuideTextStep } from '@recipro/core';
import type { MessageKey } from '../i18n/index.ts';

export const STEP_TITLE: Readonly<Record<GuideTextStep, MessageKey>> = {
  saw: 'repairGuide.step.saw',
  myPart: 'repairGuide.step.myPart',
  needed: 'repairGuide.step.needed',
  wouldHelp: 'repairGuide.step.wouldHelp',
  agreement: 'repairGuide.step.agreement',
};

export const STEP_HINT: Readonly<Record<GuideTextStep, MessageKey>> = {
  saw: 'repairGuide.step.saw.hint',
  myPart: 'repairGuide.step.myPart.hint',
  needed: 'repairGuide.step.needed.hint',
  wouldHelp: 'repairGuide.step.wouldHelp.hint',
  agreement: 'repairGuide.step.agreement.hint',
};

/** The steps read side by side after the reveal (the agreement has its own place). */
export const REVEALED_STEPS = ['saw', 'myPart', 'needed', 'wouldHelp'] as const;

export const REVEAL_TITLE: Readonly<Record<(typeof REVEALED_STEPS)[number], MessageKey>> = {
  saw: 'repairGuide.reveal.saw',
  myPart: 'repairGuide.reveal.myPart',
  needed: 'repairGuide.reveal.needed',
  wouldHelp: 'repairGuide.reveal.wouldHelp',
};
