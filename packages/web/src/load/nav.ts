import type { IconName } from '../components/icons.ts';
import { t } from '../i18n/index.ts';
import { togetherPaths } from '../router/together.ts';

/**
 * The one navigation entry for sharing the load, rituals and reminders: it opens the load
 * divider and stays current on the other two, which are reached by the tabs on each page.
 */
export const togetherNavItem = (circleId: string) => ({
  to: togetherPaths.load(circleId),
  label: t('nav.together'),
  icon: 'together' as IconName,
  also: [togetherPaths.rituals(circleId), togetherPaths.reminders()],
});
