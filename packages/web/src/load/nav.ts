import type { IconName } from '../components/icons.ts';
import { t } from '../i18n/index.ts';
import { togetherPaths } from '../router/together.ts';

/**
 * The navigation entries of the "together" pages, each named as its page's title: Share the
 * load and Rituals belong to a circle, Reminders to the signed-in person.
 */
export const loadNavItem = (circleId: string) => ({
  to: togetherPaths.load(circleId),
  label: t('load.title'),
  icon: 'together' as IconName,
});

export const ritualsNavItem = (circleId: string) => ({
  to: togetherPaths.rituals(circleId),
  label: t('rituals.title'),
  icon: 'rituals' as IconName,
});

export const remindersNavItem = () => ({
  to: togetherPaths.reminders(),
  label: t('reminders.title'),
  icon: 'bell' as IconName,
});
