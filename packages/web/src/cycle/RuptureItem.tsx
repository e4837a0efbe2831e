import { useState } from 'react';
import type { Rupture } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { Icon } from '../components/Icon.tsx';
import { describeError } from '../errors.ts';
import { formatDateTime, t } from '../i18n/index.ts';
import { formatDuration } from './duration.ts';

interface RuptureItemProps {
  readonly rupture: Rupture;
  readonly me: string;
  readonly nameOf: (memberId: string) => string;
  readonly onReset: (rupture: Rupture) => Promise<void>;
  readonly onRepaired: (rupture: Rupture) => Promise<void>;
}

/** One hard moment: its note when readable, who reached out, and the next gentle step. */
export function RuptureItem({ rupture, me, nameOf, onReset, onRepaired }: RuptureItemProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const date = formatDateTime(rupture.occurredAt);
  const starter = rupture.startedByMemberId;
  const saidByMe = rupture.repairedBy.includes(me);

  const run = async (action: (rupture: Rupture) => Promise<void>) => {
    setPending(true);
    setError(undefined);
    try {
      await action(rupture);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <li className="entry">
      <p className="entry-meta">
        {date} · {t('repair.item.loggedBy', { name: nameOf(rupture.loggedByMemberId) })}
      </p>
      {rupture.note && <p className="entry-text">{rupture.note}</p>}
      {rupture.note && rupture.notePrivate && (
        <p className="hint">{t('repair.item.privateNote')}</p>
      )}
      <div className="entry-actions">
        {starter && (
          <span className="with-icon">
            <Icon name="repair" size={18} />
            {starter === me
              ? t('repair.item.youReachedOut')
              : t('repair.item.reachedOut', { name: nameOf(starter) })}
          </span>
        )}
        {rupture.repairedAt && rupture.secondsToRepair !== null && (
          <span className="noticed">
            <Icon name="check" size={18} />
            {t('repair.item.repairedIn', { duration: formatDuration(rupture.secondsToRepair) })}
          </span>
        )}
        {!starter && !rupture.repairedAt && (
          <button
            type="button"
            className="secondary"
            disabled={pending}
            aria-label={t('repair.item.reset.label', { date })}
            onClick={() => void run(onReset)}
          >
            {t('repair.item.reset')}
          </button>
        )}
        {!rupture.repairedAt && !saidByMe && (
          <button
            type="button"
            className="secondary"
            disabled={pending}
            aria-label={t('repair.item.repaired.label', { date })}
            onClick={() => void run(onRepaired)}
          >
            {t('repair.item.repaired')}
          </button>
        )}
        {!rupture.repairedAt && (
          <span className="muted">
            {saidByMe ? t('repair.item.repairedForYou') : t('repair.item.waiting')}
          </span>
        )}
      </div>
      <Alert message={error} />
    </li>
  );
}
