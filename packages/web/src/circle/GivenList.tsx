import { useId, useRef, useState } from 'react';
import { ShowMore } from '../components/ShowMore.tsx';
import type { Act, ActChanges, CircleDetail } from '../api.ts';
import { Empty } from '../components/Empty.tsx';
import { t } from '../i18n/index.ts';
import { GivenActItem } from './GivenActItem.tsx';

interface GivenListProps {
  readonly circle: CircleDetail;
  readonly acts: readonly Act[];
  /** Where the next page starts; null when all is shown. */
  readonly next: string | null;
  readonly onMore: () => Promise<void>;
  readonly nameOf: (memberId: string) => string;
  readonly onChange: (act: Act, changes: ActChanges) => Promise<string>;
  readonly onRemove: (act: Act) => Promise<string>;
}

/** Care I logged for others, whether they noticed it, and changing or removing what I logged. */
export function GivenList({
  circle,
  acts,
  next,
  onMore,
  nameOf,
  onChange,
  onRemove,
}: GivenListProps) {
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  const [done, setDone] = useState('');
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {t('given.title')}
      </h2>
      <p role="status" className="done list-status">
        {done}
      </p>
      {acts.length === 0 ? (
        <Empty>{t('given.empty')}</Empty>
      ) : (
        <ul ref={list} className="acts" aria-labelledby={`${id}-title`}>
          {acts.map((act) => (
            <GivenActItem
              key={act.id}
              circle={circle}
              act={act}
              nameOf={nameOf}
              onChange={onChange}
              onRemove={onRemove}
              onDone={setDone}
            />
          ))}
        </ul>
      )}
      <ShowMore next={next} onMore={onMore} list={list} />
    </section>
  );
}
