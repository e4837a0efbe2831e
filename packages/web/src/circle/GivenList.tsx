import { useId } from 'react';
import type { Act } from '../api.ts';
import { Empty } from '../components/Empty.tsx';
import { t } from '../i18n/index.ts';
import { ActItem } from './ActItem.tsx';
import { Icon } from '../components/Icon.tsx';

interface GivenListProps {
  readonly acts: readonly Act[];
  readonly nameOf: (memberId: string) => string;
}

/** Care I logged for others, and whether they noticed it. */
export function GivenList({ acts, nameOf }: GivenListProps) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('given.title')}</h2>
      {acts.length === 0 ? (
        <Empty>{t('given.empty')}</Empty>
      ) : (
        <ul className="acts" aria-labelledby={`${id}-title`}>
          {acts.map((act) => {
            const name = nameOf(act.toMemberId);
            return (
              <ActItem key={act.id} act={act} who={t('given.for', { name })}>
                {act.noticedAt && (
                  <span className="noticed">
                    <Icon name="check" size={20} />
                    {t('given.noticed', { name })}
                  </span>
                )}
              </ActItem>
            );
          })}
        </ul>
      )}
    </section>
  );
}
