import { useRef } from 'react';
import type { CircleListItem } from '../api.ts';
import { kindLabel } from '../care.ts';
import { Empty } from '../components/Empty.tsx';
import { Link } from '../components/Link.tsx';
import { t, tn } from '../i18n/index.ts';
import { paths } from '../router.ts';
import { Icon } from '../components/Icon.tsx';
import { ShowMore } from '../components/ShowMore.tsx';

/** The person's circles, newest first, a page at a time ("Show more"). */
export function CircleList({
  circles,
  next,
  onMore,
}: {
  readonly circles: readonly CircleListItem[];
  /** The cursor of the next page; null once every circle is shown. */
  readonly next: string | null;
  readonly onMore: () => Promise<void>;
}) {
  const list = useRef<HTMLUListElement>(null);
  if (circles.length === 0) return <Empty>{t('home.empty')}</Empty>;
  return (
    <>
      <ul ref={list} className="circle-list" aria-label={t('home.title')}>
        {circles.map((circle) => (
          <li key={circle.id}>
            <Link to={paths.circle(circle.id)} className="circle-card">
              <span className="circle-icon">
                <Icon name={circle.kind} size={28} />
              </span>
              <span className="circle-text">
                <span className="circle-name one-line" dir="auto">
                  {circle.name}
                </span>
                <span className="muted">
                  {kindLabel(circle.kind)} · {tn('home.members', circle.memberCount)}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <ShowMore next={next} onMore={onMore} list={list} />
    </>
  );
}
