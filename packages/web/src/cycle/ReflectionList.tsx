import { useId } from 'react';
import type { Prompts, Reflection } from '../api-cycle.ts';
import { Empty } from '../components/Empty.tsx';
import { formatDateTime, t } from '../i18n/index.ts';
import { SupportCard } from '../support/SupportCard.tsx';

/** The member's own reflections, newest first. Nobody else ever receives these. */
export function ReflectionList({
  reflections,
  prompts,
}: {
  readonly reflections: readonly Reflection[];
  readonly prompts: Prompts['reflection'];
}) {
  const id = useId();
  const promptText = (promptId: string | null) => prompts.find((p) => p.id === promptId)?.text;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('reflect.list.title')}</h2>
      {reflections.length === 0 ? (
        <Empty>{t('reflect.list.empty')}</Empty>
      ) : (
        <ul className="plain-list">
          {reflections.map((reflection) => (
            <li key={reflection.id} className="entry">
              <p className="entry-meta">{formatDateTime(reflection.createdAt)}</p>
              {promptText(reflection.promptId) && (
                <p className="entry-prompt">{promptText(reflection.promptId)}</p>
              )}
              <p className="entry-text">{reflection.text}</p>
              {reflection.showSupport && <SupportCard />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
