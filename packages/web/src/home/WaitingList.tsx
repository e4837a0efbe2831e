import type { WaitingCircle } from '../api.ts';
import { kindLabel } from '../care.ts';
import { Icon } from '../components/Icon.tsx';
import { t } from '../i18n/index.ts';
import '../components/lists.css';

/** Circles the person asked to join: nothing of them shows until someone there lets them in. */
export function WaitingList({ circles }: { readonly circles: readonly WaitingCircle[] }) {
  if (circles.length === 0) return null;
  return (
    <section className="card" aria-labelledby="waiting-title">
      <h2 id="waiting-title">{t('home.waiting.title')}</h2>
      <ul className="entry-list stack">
        {circles.map((circle) => (
          <li key={circle.circleId} className="with-icon">
            <Icon name={circle.kind} size={20} />
            <span>
              <span dir="auto">{circle.name}</span>
              <span className="muted"> · {kindLabel(circle.kind)}</span>
              <br />
              <span className="muted">{t('home.waiting.body')}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
