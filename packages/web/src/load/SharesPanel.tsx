import type { LoadOverview } from '../api-load.ts';
import { Empty } from '../components/Empty.tsx';
import { t } from '../i18n/index.ts';
import { SharesChart } from './SharesChart.tsx';
import { doingShares, sharesText } from './sharesText.ts';

interface SharesPanelProps {
  readonly load: LoadOverview;
  readonly nameOf: (memberId: string) => string;
}

/** How the load is shared: a bar chart with the same story in sentences beside it. */
export function SharesPanel({ load, nameOf }: SharesPanelProps) {
  const anyOwned = load.members.some((m) => m.load > 0);
  const doing = doingShares(load.members);
  const rows = load.members.map((m) => ({
    name: nameOf(m.memberId),
    invisible: m.invisibleShare,
    doing: doing.get(m.memberId) ?? 0,
  }));
  return (
    <section className="card stack" aria-labelledby="shares-title">
      <h2 id="shares-title">{t('load.shares.title')}</h2>
      {anyOwned ? (
        <figure className="shares" aria-labelledby="shares-summary">
          <SharesChart rows={rows} />
          <figcaption id="shares-summary" className="shares-text">
            {sharesText(load, nameOf).map((line) => (
              <span key={line}>{line} </span>
            ))}
          </figcaption>
        </figure>
      ) : (
        <Empty>{t('load.shares.empty')}</Empty>
      )}
    </section>
  );
}
