import type { IconName } from '../components/icons.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { cyclePaths, type CycleStep } from '../router/cycle.ts';

const STEPS: readonly { step: CycleStep; label: MessageKey; icon: IconName }[] = [
  { step: 'reflect', label: 'nav.reflect', icon: 'reflect' },
  { step: 'express', label: 'nav.express', icon: 'express' },
  { step: 'checkin', label: 'nav.checkin', icon: 'checkin' },
  { step: 'repair', label: 'nav.repair', icon: 'repair' },
  { step: 'review', label: 'nav.review', icon: 'observe' },
];

/** The navigation entries of the RECIPRO cycle's screens for a circle, in the cycle's order. */
export const cycleNavItems = (circleId: string) =>
  STEPS.map(({ step, label, icon }) => ({
    to: cyclePaths.step(circleId, step),
    label: t(label),
    icon,
  }));
