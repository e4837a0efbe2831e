import { useId } from 'react';
import type { CircleDetail } from '../api.ts';
import type { Need } from '../api-cycle.ts';
import { memberNamer } from '../circle/names.ts';
import { Empty } from '../components/Empty.tsx';
import { t } from '../i18n/index.ts';
import { NeedItem } from './NeedItem.tsx';

/** The member's own needs and those others shared with the circle, newest first. */
export function NeedList({
  circle,
  needs,
  onThank,
}: {
  readonly circle: CircleDetail;
  readonly needs: readonly Need[];
  readonly onThank: (need: Need) => Promise<void>;
}) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('needs.list.title')}</h2>
      {needs.length === 0 ? (
        <Empty>{t('needs.list.empty')}</Empty>
      ) : (
        <ul className="plain-list">
          {needs.map((need) => (
            <NeedItem
              key={need.id}
              need={need}
              me={circle.myMemberId}
              nameOf={memberNamer(circle)}
              onThank={onThank}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
