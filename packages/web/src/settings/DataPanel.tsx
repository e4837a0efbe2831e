import { useId, useRef } from 'react';
import { downloads } from '../api-account.ts';
import type { CircleListItem } from '../api.ts';
import { Empty } from '../components/Empty.tsx';
import { ShowMore } from '../components/ShowMore.tsx';
import { useFold } from '../hooks/useFold.ts';
import { Icon } from '../components/Icon.tsx';
import { t } from '../i18n/index.ts';

/** The section's address on the page, so other parts can point to it. */
export const DATA_SECTION_ID = 'your-data';

/**
 * Taking one's data out: everything of the person as one JSON file, and each circle's acts as
 * a CSV. Plain links with `download`: the browser sends the session cookie and saves the file.
 */
export function DataPanel({ circles }: { readonly circles: readonly CircleListItem[] }) {
  const id = useId();
  const fold = useFold(circles);
  const list = useRef<HTMLUListElement>(null);
  return (
    <section id={DATA_SECTION_ID} className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('data.title')}</h2>
      <p>{t('data.intro')}</p>
      <div className="actions">
        <a className="primary button-link" href={downloads.export()} download>
          <Icon name="download" />
          {t('data.export')}
        </a>
      </div>
      {circles.length === 0 ? (
        <Empty>{t('data.noCircles')}</Empty>
      ) : (
        <>
          <p id={`${id}-csv`}>{t('data.csvIntro')}</p>
          <ul className="settings-rows" aria-labelledby={`${id}-csv`} ref={list}>
            {fold.visible.map((circle) => (
              <li key={circle.id} className="settings-row">
                <span className="settings-row-name with-icon" id={`${id}-${circle.id}`}>
                  <Icon name={circle.kind} />
                  {circle.name}
                </span>
                <a
                  className="secondary button-link"
                  href={downloads.actsCsv(circle.id)}
                  download
                  aria-describedby={`${id}-${circle.id}`}
                >
                  {t('data.csv')}
                </a>
              </li>
            ))}
          </ul>
          <ShowMore next={fold.next} onMore={fold.more} list={list} />
        </>
      )}
    </section>
  );
}
