import { useId } from 'react';
import type { CheckinHistory as History } from '../api-cycle.ts';
import { Empty } from '../components/Empty.tsx';
import { Link } from '../components/Link.tsx';
import { formatDate, t, tn } from '../i18n/index.ts';
import { cyclePaths } from '../router/cycle.ts';

type Item = History['checkins'][number];

function statusText(item: Item): string {
  if (item.status === 'revealed') return t('checkin.status.revealed');
  if (item.status === 'closed') return t('checkin.status.closed');
  if (!item.answeredByMe) return t('checkin.status.waitingYou');
  return tn('checkin.status.waiting', item.memberCount - item.answeredCount);
}

/** The circle's check-ins, newest first, each a link to answer it or to see the answers. */
export function CheckinHistory({
  circleId,
  history,
}: {
  readonly circleId: string;
  readonly history: History;
}) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('checkin.history.title')}</h2>
      {history.checkins.length === 0 ? (
        <Empty>{t('checkin.history.empty')}</Empty>
      ) : (
        <ul className="entry-list">
          {history.checkins.map((item) => (
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
    </section>
  );
}
