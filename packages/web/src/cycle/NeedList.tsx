import { useId, useRef, useState } from 'react';
import { ShowMore } from '../components/ShowMore.tsx';
import type { CircleDetail } from '../api.ts';
import type { Need } from '../api-cycle.ts';
import { memberNamer } from '../components/names.ts';
import { Empty } from '../components/Empty.tsx';
import { t } from '../i18n/index.ts';
import { NeedItem } from './NeedItem.tsx';
import '../components/lists.css';

/** The member's own needs and those others shared with the circle, newest first. */
export function NeedList({
  circle,
  needs,
  next,
  onMore,
  onThank,
  onShare,
  onDelete,
}: {
  readonly circle: CircleDetail;
  readonly needs: readonly Need[];
  /** Where the next page starts; null when all is shown. */
  readonly next: string | null;
  readonly onMore: () => Promise<void>;
  readonly onThank: (need: Need) => Promise<void>;
  readonly onShare: (need: Need, shared: boolean) => Promise<void>;
  readonly onDelete: (need: Need) => Promise<void>;
}) {
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  const [done, setDone] = useState('');
  const nameOf = memberNamer(circle);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {t('needs.list.title')}
      </h2>
      <p role="status" className="done list-status">
        {done}
      </p>
      {needs.length === 0 ? (
        <Empty>{t('needs.list.empty')}</Empty>
      ) : (
        <ul ref={list} className="entry-list">
          {needs.map((need) => (
            <NeedItem
              key={need.id}
              need={need}
              me={circle.myMemberId}
              circleName={circle.name}
              nameOf={nameOf}
              onThank={onThank}
              onShare={onShare}
              onDelete={onDelete}
              onDone={setDone}
            />
          ))}
        </ul>
      )}
      <ShowMore next={next} onMore={onMore} list={list} />
    </section>
  );
}
