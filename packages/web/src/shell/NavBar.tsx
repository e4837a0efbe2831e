import { useEffect, useRef } from 'react';
import { t } from '../i18n/index.ts';
import { paths, useLocation } from '../router.ts';
import { cycleNavItems } from '../cycle/nav.ts';
import { togetherNavItem } from '../load/nav.ts';
import { useSession } from '../session.ts';
import { accountPaths } from '../router/account.ts';
import '../settings/settings.css';
import type { IconName } from '../components/icons.ts';
import { Icon } from '../components/Icon.tsx';
import { Link } from '../components/Link.tsx';
import { currentEntry } from './current-entry.ts';

interface NavItem {
  readonly to: string;
  readonly label: string;
  readonly icon: IconName;
  /** Other addresses under this entry (it shows as current there, and below them, too). */
  readonly also?: readonly string[];
}

/**
 * The app's navigation: a bottom bar on phones, a side bar on wide screens (styles.css). The
 * steps of the RECIPRO cycle join this list as they are built. Settings sits apart, at the end:
 * on phones it stays in place while the circle's entries scroll sideways beside it.
 */
export function NavBar() {
  const { currentCircle } = useSession();
  const location = useLocation();
  const items: NavItem[] = [{ to: paths.home(), label: t('nav.home'), icon: 'home' }];
  if (currentCircle) {
    items.push({
      to: paths.circle(currentCircle.id),
      label: currentCircle.name,
      icon: currentCircle.kind,
    });
    items.push(...cycleNavItems(currentCircle.id));
    // Practice balance sits in the cycle's order, just before Repair.
    const repairAt = items.findIndex((item) => item.to.endsWith('/repair'));
    items.splice(repairAt < 0 ? items.length : repairAt, 0, {
      to: paths.dashboard(currentCircle.id),
      label: t('nav.balance'),
      icon: 'balance',
    });
    items.push({
      to: paths.chatImport(currentCircle.id),
      label: t('nav.import'),
      icon: 'chatImport',
    });
    items.push(togetherNavItem(currentCircle.id));
  }
  const settings: NavItem = {
    to: accountPaths.settings(),
    label: t('nav.settings'),
    icon: 'settings',
  };
  const here = location.split('?')[0] ?? '/';
  const current = currentEntry([...items, settings], here);
  const entry = (item: NavItem) => (
    <li key={item.to}>
      <Link to={item.to} aria-current={item === current ? 'page' : undefined}>
        <Icon name={item.icon} />
        <span className="nav-label">{item.label}</span>
      </Link>
    </li>
  );
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    // On phones the bar may scroll sideways: keep the current entry in view.
    const bar = list.current;
    const current = bar?.querySelector<HTMLElement>('[aria-current="page"]')?.closest('li');
    if (bar && current && bar.scrollWidth > bar.clientWidth) {
      bar.scrollLeft = current.offsetLeft - (bar.clientWidth - current.offsetWidth) / 2;
    }
  }, [here, items.length]);
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul ref={list}>{items.map(entry)}</ul>
      <ul className="nav-end">{entry(settings)}</ul>
    </nav>
  );
}
