import type { Insight } from '../api-balance.ts';
import { t } from '../i18n/index.ts';
import { evidenceRows } from './evidence.ts';

interface InsightItemProps {
  readonly insight: Insight;
  /** Its sentence in the reader's language (insight-words.ts). */
  readonly text: string;
  readonly nameOf: (memberId: string) => string;
  /** The member reading: numbers about one person are shown only to that person. */
  readonly me: string;
}

/** One short sentence, in the reader's language, with its numbers a "Why?" away. */
export function InsightItem({ insight, text, nameOf, me }: InsightItemProps) {
  const rows = evidenceRows(insight, nameOf, me);
  return (
    <li className={`insight insight-${insight.kind}`}>
      <p>{text}</p>
      {rows.length > 0 && (
        <details className="why">
          <summary>{t('balance.insights.why')}</summary>
          <dl aria-label={t('balance.insights.whyLabel')}>
            {rows.map((row) => (
              <div key={row.key}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </li>
  );
}
