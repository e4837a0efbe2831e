import { ritualKindsFor, type CircleKind, type RitualKind } from '@recipro/core';
import { hasMessage, t } from '../i18n/index.ts';

/**
 * A ritual's suggested name in the words of the circle's kind ("Date night", "Family meal",
 * "Team lunch"); a ritual the kind is not offered (started before kinds had their own rituals)
 * and one that every kind names alike use the plain name.
 */
export function ritualTitle(ritual: RitualKind, circle: CircleKind): string {
  const key = `rituals.title.${circle}.${ritual}`;
  return hasMessage(key) ? t(key) : t(`rituals.kind.${ritual}`);
}

/**
 * What the ritual is, in a sentence for the circle's kind (one sentence for a ritual of one's
 * own, which suits every kind); none for a ritual the kind is not offered.
 */
export function ritualAbout(ritual: RitualKind, circle: CircleKind): string | undefined {
  if (!ritualKindsFor(circle).includes(ritual)) return undefined;
  const key = ritual === 'custom' ? 'rituals.about.custom' : `rituals.about.${circle}.${ritual}`;
  return hasMessage(key) ? t(key) : undefined;
}
