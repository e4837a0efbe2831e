import type { LoadOverview } from '../api-load.ts';
import { Empty } from '../components/Empty.tsx';
import { t } from '../i18n/index.ts';
import { SharesChart } from './SharesChart.tsx';
import { doingShares, sharesText } from './sharesText.ts';

interface SharesPanelProps {
  readonly load: LoadOverview;
  readonly me: string;
}

/**
 * How the load is shared, for the member reading: their own share as bars, and the pattern in
 * sentences. Other members' shares are theirs to see (docs/voice.md).
 */
export function SharesPanel({ load, me }: SharesPanelProps) {
  const anyOwned = load.members.some((m) => m.load > 0);
  const doing = doingShares(load.members);
  const rows = load.members
    .filter((m) => m.memberId === me && m.load > 0)
    .map((m) => ({
      name: t('load.shares.you'),
      invisible: m.invisibleShare,
      doing: doing.get(m.memberId) ?? 0,
    }));
  return (
    <section className="card stack" aria-labelledby="shares-title">
      <h2 id="shares-title">{t('load.shares.title')}</h2>
      {anyOwned ? (
        <figure className="shares" aria-labelledby="shares-summary">
          {rows.length > 0 && <SharesChart rows={rows} />}
          <figcaption id="shares-summary" className="shares-text">
            {sharesText(load, me).map((line) => (
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
