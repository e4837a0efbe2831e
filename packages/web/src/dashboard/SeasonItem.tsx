import type { Season } from '../api-balance.ts';
import { ConfirmAction } from '../components/ConfirmAction.tsx';
import { formatDate, t } from '../i18n/index.ts';
import { seasonKindLabel } from './labels.ts';

interface SeasonItemProps {
  readonly season: Season;
  readonly name: string;
  readonly busy: boolean;
  /** The viewer's member id: a season is changed only by the member it is about. */
  readonly me: string;
  readonly onAccept: (season: Season) => void;
  readonly onEnd: (season: Season) => Promise<void>;
  readonly onRemove: (season: Season) => Promise<void>;
}

/** A season in the list: whose, what kind, since when; ongoing ones can be ended. */
export function SeasonItem({ season, name, busy, me, onAccept, onEnd, onRemove }: SeasonItemProps) {
  const kind = seasonKindLabel(season.kind);
  const own = season.memberId === me;
  const suggested = season.status === 'suggested';
  const ongoing = season.endsAt === null || Date.parse(season.endsAt) > Date.now();
  const removable = own || (suggested && season.createdByMemberId === me);
  return (
    <li className="season-item">
      <p className="season-name">{t('balance.seasons.item', { name, kind })}</p>
      <p className="muted">
        {season.endsAt === null
          ? `${t('balance.seasons.since', { date: formatDate(season.startsAt) })} · ${t('balance.seasons.ongoing')}`
          : t('balance.seasons.range', {
              start: formatDate(season.startsAt),
              end: formatDate(season.endsAt),
            })}
      </p>
      {season.note && (
        <p className="season-text" dir="auto">
          {season.note}
        </p>
      )}
      {suggested && <p className="muted">{t('balance.seasons.suggested', { name })}</p>}
      <div className="actions">
        {own && suggested && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            aria-label={t('balance.seasons.acceptLabel', { name, kind })}
            onClick={() => onAccept(season)}
          >
            {t('balance.seasons.accept')}
          </button>
        )}
        {own && !suggested && ongoing && (
          <ConfirmAction
            label={t('balance.seasons.end')}
            accessibleLabel={t('balance.seasons.endLabel', { name, kind })}
            consequence={t('confirm.season.end')}
            confirmLabel={t('confirm.season.end.yes')}
            pendingLabel={t('confirm.season.end.pending')}
            triggerClassName="secondary"
            disabled={busy}
            onConfirm={() => onEnd(season)}
          />
        )}
        {removable && (
          <ConfirmAction
            label={t('balance.seasons.remove')}
            accessibleLabel={t('balance.seasons.removeLabel', { name, kind })}
            consequence={t('confirm.season.remove')}
            confirmLabel={t('confirm.season.remove.yes')}
            pendingLabel={t('common.deleting')}
            disabled={busy}
            onConfirm={() => onRemove(season)}
          />
        )}
      </div>
    </li>
  );
}
