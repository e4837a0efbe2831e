import type { IconName } from '../components/icons.ts';
import { cycleNavItem } from '../cycle/nav.ts';
import { t } from '../i18n/index.ts';
import { loadNavItem, remindersNavItem, ritualsNavItem } from '../load/nav.ts';
import { paths } from '../router.ts';
import { accountPaths } from '../router/account.ts';
import { guidePaths } from '../router/guides.ts';
import { reportPaths } from '../router/reports.ts';
import type { CurrentCircle } from '../session.ts';

/** One destination: named exactly as the title of the page it opens. */
export interface NavItem {
  readonly to: string;
  readonly label: string;
  readonly icon: IconName;
  /** Other addresses under this entry (it shows as current there, and below them, too). */
  readonly also?: readonly string[];
}

export interface NavGroup {
  readonly id: string;
  readonly label: string;
  readonly items: readonly NavItem[];
}

/** What the navigation offers: a few destinations always in view, the rest in groups. */
export interface NavModel {
  readonly primary: readonly NavItem[];
  /** Reached from "More" on phones, listed under the primary entries on wide screens. */
  readonly more: readonly NavGroup[];
}

/**
 * The destinations for the signed-in person and the circle last opened.
 *
 * Why these four (and "More") in a phone's bar: what a couple opens on most days is the circle's
 * home (log care, "I noticed", today's question), Check in (the weekly "how are we doing?"),
 * Practice balance (how giving and receiving look lately) and Share the load (who carries
 * what). Reflect, Express, Repair and Observe are opened when their moment comes, Rituals and
 * Import a chat now and then, and the person's own pages (their circles, reminders, guides,
 * settings) rarely: those sit under "More", in two groups, the circle's and the person's.
 * Without a circle there are only the person's pages, and they all fit in the bar.
 */
export function navModel(circle: CurrentCircle | null): NavModel {
  const home: NavItem = { to: paths.home(), label: t('home.title'), icon: 'home' };
  const reminders: NavItem = remindersNavItem();
  const guides: NavItem = { to: guidePaths.list(), label: t('guides.title'), icon: 'guide' };
  const settings: NavItem = {
    to: accountPaths.settings(),
    label: t('settings.title'),
    icon: 'settings',
  };
  if (!circle) return { primary: [home, reminders, guides, settings], more: [] };
  const id = circle.id;
  return {
    primary: [
      { to: paths.circle(id), label: circle.name, icon: circle.kind },
      cycleNavItem(id, 'checkin'),
      { to: paths.dashboard(id), label: t('balance.title'), icon: 'balance' },
      loadNavItem(id),
    ],
    more: [
      {
        id: 'circle',
        label: circle.name,
        items: [
          cycleNavItem(id, 'reflect'),
          cycleNavItem(id, 'express'),
          cycleNavItem(id, 'repair'),
          cycleNavItem(id, 'review'),
          { to: reportPaths.report(id), label: t('counsel.report.title'), icon: 'guide' },
          ritualsNavItem(id),
          { to: paths.chatImport(id), label: t('chat.title'), icon: 'chatImport' },
        ],
      },
      { id: 'yours', label: t('nav.yours'), items: [home, reminders, guides, settings] },
    ],
  };
}

let lastPlace = '/';

/** Remembers the page the person is on (not "More"), for "More" to mark where they were. */
export function rememberPlace(here: string): void {
  lastPlace = here;
}

/** The page the person was on before opening "More". */
export const placeBeforeMore = (): string => lastPlace;

/** Every entry of the model, the primary ones first. */
export const allEntries = (model: NavModel): readonly NavItem[] => [
  ...model.primary,
  ...model.more.flatMap((group) => group.items),
];
