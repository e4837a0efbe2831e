import { useEffect } from 'react';
import { Icon } from '../components/Icon.tsx';
import { Link } from '../components/Link.tsx';
import { formatNumber, t, tn } from '../i18n/index.ts';
import { paths, useLocation } from '../router.ts';
import { forgetUnread, refreshUnread, useUnread } from './unread.ts';
import { useWhenVisible } from './useWhenVisible.ts';
import './updates.css';

/** Above this, the badge says "99+" (the label still says the number). */
const BADGE_MAX = 99;

/**
 * The bell in the header of every signed-in screen: it leads to Updates and shows how many are
 * unread, as a number beside the bell and in its name ("Updates, 3 unread"). The count is asked
 * for on opening, whenever the page comes back into view or the window regains focus, and every
 * minute while the page is visible.
 */
export function Bell() {
  const unread = useUnread();
  const here = useLocation().split('?')[0];

  useWhenVisible(() => void refreshUnread());
  // Signing out takes the bell away: the next person to sign in never sees this count.
  useEffect(() => forgetUnread, []);

  const label =
    unread === undefined
      ? t('updates.title')
      : unread === 0
        ? t('updates.bell.none')
        : tn('updates.bell', unread);
  return (
    <Link
      to={paths.updates()}
      className="bell"
      aria-label={label}
      aria-current={here === paths.updates() ? 'page' : undefined}
    >
      <Icon name="bell" />
      {unread !== undefined && unread > 0 && (
        <span className="bell-count" aria-hidden="true">
          {unread > BADGE_MAX ? t('updates.bell.many', { count: BADGE_MAX }) : formatNumber(unread)}
        </span>
      )}
    </Link>
  );
}
