import { useId, useRef } from 'react';
import type { CheckinHistory as History } from '../api-cycle.ts';
import { Empty } from '../components/Empty.tsx';
import { Link } from '../components/Link.tsx';
import { ShowMore } from '../components/ShowMore.tsx';
import { formatDate, t, tn } from '../i18n/index.ts';
import { cyclePaths } from '../router/cycle.ts';
import '../components/lists.css';

type Item = History['checkins'][number];

function statusText(item: Item): string {
  if (item.status === 'revealed') return t('checkin.status.revealed');
  if (item.status === 'closed') return t('checkin.status.closed');
  if (!item.answeredByMe) return t('checkin.status.waitingYou');
  return tn('checkin.status.waiting', item.memberCount - item.answeredCount);
}

/**
 * The circle's check-ins, newest first, each a link to answer it or to see the answers; the
 * older ones a page at a time, on "Show more".
 */
export function CheckinHistory({
  circleId,
  checkins,
  next,
  onMore,
}: {
  readonly circleId: string;
  readonly checkins: readonly Item[];
  /** The cursor of the next page; null once every check-in is shown. */
  readonly next: string | null;
  readonly onMore: () => Promise<void>;
}) {
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('checkin.history.title')}</h2>
      {checkins.length === 0 ? (
        <Empty>{t('checkin.history.empty')}</Empty>
      ) : (
        <ul ref={list} className="entry-list">
          {checkins.map((item) => (
            <li key={item.id} className="row-item">
              <Link to={cyclePaths.checkin(circleId, item.id)}>
                {t('checkin.history.item', {
                  name: t(`instrument.${item.instrument}`),
                  date: formatDate(item.createdAt),
                })}
              </Link>
              <span className={item.status === 'open' && !item.answeredByMe ? 'badge' : 'muted'}>
                {statusText(item)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ShowMore next={next} onMore={onMore} list={list} />
    </section>
  );
}
