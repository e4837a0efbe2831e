import { useId, useRef, useState } from 'react';
import { ShowMore } from '../components/ShowMore.tsx';
import type { Act } from '../api.ts';
import { formLabel } from '../care.ts';
import { Alert } from '../components/Alert.tsx';
import { Empty } from '../components/Empty.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { ActItem } from './ActItem.tsx';
import { Icon } from '../components/Icon.tsx';

interface ReceivedListProps {
  readonly acts: readonly Act[];
  /** Where the next page starts; null when all is shown. */
  readonly next: string | null;
  readonly onMore: () => Promise<void>;
  readonly nameOf: (memberId: string) => string;
  readonly onNotice: (act: Act) => Promise<void>;
  readonly onQuestion: (act: Act) => Promise<void>;
}

/** The inbox: care others logged for me, each with an "I noticed" button until I press it. */
export function ReceivedList({
  acts,
  next,
  onMore,
  nameOf,
  onNotice,
  onQuestion,
}: ReceivedListProps) {
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string>();

  const answer = async (act: Act, item: HTMLElement | null, send: (act: Act) => Promise<void>) => {
    if (pending.has(act.id)) return;
    setPending((current) => new Set(current).add(act.id));
    setError(undefined);
    try {
      await send(act);
      // The button is gone now; keep keyboard focus on the act it belonged to.
      item?.focus();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending((current) => {
        const next = new Set(current);
        next.delete(act.id);
        return next;
      });
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('inbox.title')}</h2>
      <Alert message={error} />
      {acts.length === 0 ? (
        <Empty>{t('inbox.empty')}</Empty>
      ) : (
        <ul ref={list} className="acts" aria-labelledby={`${id}-title`}>
          {acts.map((act) => {
            const name = nameOf(act.fromMemberId);
            return (
              <ActItem key={act.id} act={act} who={t('inbox.from', { name })}>
                {act.questionedAt ? (
                  <span className="muted">{t('inbox.questioned', { name })}</span>
                ) : act.noticedAt ? (
                  <span className="noticed">
                    <Icon name="check" size={20} />
                    {t('inbox.noticed')}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('inbox.notice.label', { form: formLabel(act.form), name })}
                    disabled={pending.has(act.id)}
                    onClick={(event) =>
                      void answer(act, event.currentTarget.closest('li'), onNotice)
                    }
                  >
                    {t('inbox.notice')}
                  </button>
                )}
                {!act.questionedAt && (
                  <button
                    type="button"
                    className="link quiet-action"
                    aria-label={t('inbox.question.label', { form: formLabel(act.form), name })}
                    disabled={pending.has(act.id)}
                    onClick={(event) =>
                      void answer(act, event.currentTarget.closest('li'), onQuestion)
                    }
                  >
                    {t('inbox.question')}
                  </button>
                )}
              </ActItem>
            );
          })}
        </ul>
      )}
      <ShowMore next={next} onMore={onMore} list={list} />
    </section>
  );
}
