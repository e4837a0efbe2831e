import { t } from '../i18n/index.ts';
import './skeleton.css';

/**
 * The shape of a screen before its data arrives: soft blocks where the title, the cards and
 * their lines will be, so the first paint shows the layout at once. Screen readers hear one
 * "Loading…"; the blocks themselves are hidden from them.
 */
export type SkeletonLayout = 'page' | 'circle' | 'list' | 'dashboard' | 'cards';

const Line = ({ width = '100%' }: { readonly width?: string }) => (
  <span className="skeleton-line" style={{ inlineSize: width }} />
);

/** What a screen reader hears while the blocks show. */
const Says = () => <span className="skeleton-says">{t('common.loading')}</span>;

/** A card with a heading and a few lines. */
export function SkeletonCard({
  lines = 3,
  tall = false,
}: {
  readonly lines?: number;
  readonly tall?: boolean;
}) {
  return (
    <div className={tall ? 'card skeleton-card tall' : 'card skeleton-card'} aria-hidden="true">
      <span className="skeleton-heading" />
      {Array.from({ length: lines }, (_, i) => (
        <Line key={i} width={`${92 - ((i * 17) % 40)}%`} />
      ))}
    </div>
  );
}

/** A few rows of a list, for a part of a screen whose title is already shown. */
export function SkeletonList({ rows = 3 }: { readonly rows?: number }) {
  return (
    <div className="stack" role="status">
      <Says />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="card skeleton-row" aria-hidden="true">
          <span className="skeleton-icon" />
          <span className="skeleton-row-lines">
            <Line width="55%" />
            <Line width="35%" />
          </span>
        </div>
      ))}
    </div>
  );
}

/** A whole screen in the shape of `layout`, title included. */
export function ScreenSkeleton({ layout = 'page' }: { readonly layout?: SkeletonLayout }) {
  return (
    <div className="skeleton stack-lg" role="status">
      <Says />
      <div className="skeleton-title" aria-hidden="true">
        <span className="skeleton-h1" />
        <Line width={layout === 'circle' ? '12rem' : '70%'} />
      </div>
      {layout === 'circle' && (
        <div className="circle-grid">
          <div className="circle-main stack-lg">
            <div className="card skeleton-card" aria-hidden="true">
              <span className="skeleton-heading" />
              <div className="skeleton-tiles">
                {Array.from({ length: 12 }, (_, i) => (
                  <span key={i} className="skeleton-tile" />
                ))}
              </div>
            </div>
            <SkeletonCard lines={2} />
          </div>
          <div className="circle-side stack-lg">
            <SkeletonCard lines={4} />
            <SkeletonCard lines={2} />
          </div>
        </div>
      )}
      {layout === 'dashboard' && (
        <>
          <div className="skeleton-bands" aria-hidden="true">
            <SkeletonCard lines={2} />
            <SkeletonCard lines={2} />
          </div>
          <SkeletonCard lines={1} tall />
          <SkeletonCard lines={3} />
        </>
      )}
      {layout === 'list' && (
        <div className="stack" aria-hidden="true">
          {Array.from({ length: 3 }, (_, i) => (
            <div key={i} className="card skeleton-row">
              <span className="skeleton-icon" />
              <span className="skeleton-row-lines">
                <Line width="55%" />
                <Line width="35%" />
              </span>
            </div>
          ))}
        </div>
      )}
      {layout === 'cards' && (
        <div className="skeleton-columns">
          <SkeletonCard lines={4} />
          <SkeletonCard lines={3} />
        </div>
      )}
      {layout === 'page' && (
        <>
          <SkeletonCard lines={3} />
          <SkeletonCard lines={2} />
        </>
      )}
    </div>
  );
}
