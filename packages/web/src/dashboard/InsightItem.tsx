import type { Insight } from '../api-balance.ts';
import { t } from '../i18n/index.ts';
import { evidenceRows } from './evidence.ts';
import { insightText, type InsightSetting } from './insight-words.ts';

interface InsightItemProps {
  readonly insight: Insight;
  /** The circle's kind, the view's window and the members' names the sentence is said with. */
  readonly setting: InsightSetting;
  /** The member reading: numbers about one person are shown only to that person. */
  readonly me: string;
}

/** One short sentence, in the reader's language, with its numbers a "Why?" away. */
export function InsightItem({ insight, setting, me }: InsightItemProps) {
  const rows = evidenceRows(insight, setting.nameOf, me);
  return (
    <li className={`insight insight-${insight.kind}`}>
      <p>{insightText(insight, setting)}</p>
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
