import type { IconName } from '../components/icons.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { cyclePaths, type CycleStep } from '../router/cycle.ts';

/** Each step's entry is named as its page's title. */
const STEPS: readonly { step: CycleStep; label: MessageKey; icon: IconName }[] = [
  { step: 'reflect', label: 'reflect.title', icon: 'reflect' },
  { step: 'express', label: 'express.title', icon: 'express' },
  { step: 'checkin', label: 'checkin.title', icon: 'checkin' },
  { step: 'repair', label: 'repair.title', icon: 'repair' },
  { step: 'review', label: 'review.title', icon: 'observe' },
];

/** The navigation entry of one step of the RECIPRO cycle for a circle. */
export const cycleNavItem = (circleId: string, step: CycleStep) => {
  const found = STEPS.find((entry) => entry.step === step) ?? STEPS[0]!;
  return { to: cyclePaths.step(circleId, step), label: t(found.label), icon: found.icon };
};

/** The navigation entries of the RECIPRO cycle's screens for a circle, in the cycle's order. */
export const cycleNavItems = (circleId: string) =>
  STEPS.map(({ step }) => ({ step, ...cycleNavItem(circleId, step) }));
