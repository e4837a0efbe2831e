import { useId } from 'react';
import { t, tn } from '../i18n/index.ts';

/** After answering, while others still have to: how many, and that the answers stay hidden. */
export function Waiting({ remaining }: { readonly remaining: number }) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('checkin.waiting.title')}</h2>
      <p role="status" className="lead">
        {tn('checkin.waiting', remaining)}
      </p>
      <p className="muted">{t('checkin.waiting.body')}</p>
    </section>
  );
}
