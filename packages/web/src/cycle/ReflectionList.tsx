import { useId, useRef, useState } from 'react';
import { ShowMore } from '../components/ShowMore.tsx';
import type { Reflection, ReflectionPrompt } from '../api-cycle.ts';
import { ConfirmAction } from '../components/ConfirmAction.tsx';
import { Empty } from '../components/Empty.tsx';
import { focusAfterRemoval } from '../focus.ts';
import { formatDateTime, t } from '../i18n/index.ts';
import { excerpt } from './excerpt.ts';
import { SupportCard } from '../components/SupportCard.tsx';
import { Folded } from '../components/Folded.tsx';
import '../components/lists.css';

/**
 * The member's own reflections, newest first. Nobody else ever receives these, and each can be
 * deleted for good.
 */
export function ReflectionList({
  reflections,
  next,
  onMore,
  prompts,
  onDelete,
}: {
  readonly reflections: readonly Reflection[];
  /** Where the next page starts; null when all is shown. */
  readonly next: string | null;
  readonly onMore: () => Promise<void>;
  readonly prompts: readonly ReflectionPrompt[];
  readonly onDelete: (reflection: Reflection) => Promise<void>;
}) {
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  const [done, setDone] = useState('');
  const promptText = (promptId: string | null) => prompts.find((p) => p.id === promptId)?.text;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {t('reflect.list.title')}
      </h2>
      <p role="status" className="done list-status">
        {done}
      </p>
      {reflections.length === 0 ? (
        <Empty>{t('reflect.list.empty')}</Empty>
      ) : (
        <ul ref={list} className="entry-list">
          {reflections.map((reflection) => (
            <li key={reflection.id} className="entry" tabIndex={-1}>
              <p className="entry-meta">{formatDateTime(reflection.createdAt)}</p>
              {promptText(reflection.promptId) && (
                <p className="entry-prompt">{promptText(reflection.promptId)}</p>
              )}
              <Folded className="entry-text" text={reflection.text} />
              <div className="entry-actions">
                <ConfirmAction
                  label={t('reflect.delete')}
                  accessibleLabel={t('reflect.delete.label', {
                    excerpt: excerpt(reflection.text),
                  })}
                  consequence={t('reflect.delete.confirm')}
                  confirmLabel={t('reflect.delete.yes')}
                  pendingLabel={t('common.deleting')}
                  onConfirm={async (origin) => {
                    const refocus = focusAfterRemoval(origin.closest('li'));
                    await onDelete(reflection);
                    setDone(t('reflect.deleted'));
                    refocus();
                  }}
                />
              </div>
              {reflection.showSupport && <SupportCard />}
            </li>
          ))}
        </ul>
      )}
      <ShowMore next={next} onMore={onMore} list={list} />
    </section>
  );
}
