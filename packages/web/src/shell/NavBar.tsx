import { useEffect } from 'react';
import { t } from '../i18n/index.ts';
import { paths, useLocation } from '../router.ts';
import { useSession } from '../session.ts';
import { Icon } from '../components/Icon.tsx';
import { Link } from '../components/Link.tsx';
import { readRouteAhead } from '../queries.ts';
import { preloadScreen } from '../Routes.tsx';
import { currentEntry } from './current-entry.ts';
import { allEntries, navModel, rememberPlace, type NavItem } from './nav-model.ts';

/**
 * The app's navigation (see nav-model.ts for what it offers): on phones a bottom bar of at most
 * five entries, the last one "More"; on wide screens a side bar with the same entries first and
 * the groups that "More" holds below them, under the same names (styles.css).
 */
/** A pointer over an entry, or focus on it, starts its screen's code and data (queries.ts). */
const readAhead = (to: string) => {
  preloadScreen(to);
  readRouteAhead(to);
};

export function NavBar() {
  const { currentCircle } = useSession();
  const location = useLocation();
  const model = navModel(currentCircle);
  const here = location.split('?')[0] ?? '/';
  const current = currentEntry(allEntries(model), here);
  useEffect(() => {
    if (here !== paths.more()) rememberPlace(here);
  }, [here]);
  const inMore =
    here === paths.more() || (current !== undefined && !model.primary.includes(current));
  const entry = (item: NavItem) => (
    <li key={item.to}>
      <Link
        to={item.to}
        aria-current={item === current ? 'page' : undefined}
        onPointerEnter={() => readAhead(item.to)}
        onFocus={() => readAhead(item.to)}
      >
        <Icon name={item.icon} />
        <span className="nav-label">{item.label}</span>
      </Link>
    </li>
  );
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul className="nav-bar">
        {model.primary.map(entry)}
        {model.more.length > 0 && (
          <li className="nav-more">
            <Link
              to={paths.more()}
              aria-current={here === paths.more() ? 'page' : inMore ? 'true' : undefined}
            >
              <Icon name="more" />
              <span className="nav-label">{t('nav.more')}</span>
            </Link>
          </li>
        )}
      </ul>
      {model.more.map((group) => (
        <div key={group.id} className="nav-group">
          <p className="nav-group-label" id={`nav-group-${group.id}`}>
            {group.label}
          </p>
          <ul aria-labelledby={`nav-group-${group.id}`}>{group.items.map(entry)}</ul>
        </div>
      ))}
    </nav>
  );
}
