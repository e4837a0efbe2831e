import type { Update } from '../api-updates.ts';
import { Icon } from '../components/Icon.tsx';
import { Link } from '../components/Link.tsx';
import { formatDateTime, formatRelative, t } from '../i18n/index.ts';
import { isUnread, updateIcon, updateLine, updateLink } from './text.ts';

/**
 * One update: its line, when it happened, and a link to its place. An unread one says "New" in
 * words and stands out by weight and a bar at its side, not by colour alone. Following the link
 * calls `onOpen`, which marks it read.
 */
export function UpdateItem({
  update,
  now,
  onOpen,
}: {
  readonly update: Update;
  readonly now: number;
  readonly onOpen: (update: Update) => void;
}) {
  const unread = isUnread(update);
  return (
    <li className={unread ? 'update unread' : 'update'} data-update={update.id}>
      <Link to={updateLink(update)} className="update-link" onClick={() => onOpen(update)}>
        <span className="update-icon">
          <Icon name={updateIcon(update)} size={20} />
        </span>
        <span className="update-body">
          {unread && (
            <>
              <span className="update-new">{t('updates.new')}</span>{' '}
            </>
          )}
          <span className="update-line">{updateLine(update)}</span>{' '}
          <time
            className="update-when"
            dateTime={update.createdAt}
            title={formatDateTime(update.createdAt)}
          >
            {formatRelative(update.createdAt, now)}
          </time>
        </span>
      </Link>
    </li>
  );
}
