import { useRef, useState } from 'react';
import type { Rupture } from '../api-cycle.ts';
import { openingName } from '../components/names.ts';
import { Alert } from '../components/Alert.tsx';
import { ConfirmAction } from '../components/ConfirmAction.tsx';
import { Icon } from '../components/Icon.tsx';
import { describeError } from '../errors.ts';
import { formatDateTime, t } from '../i18n/index.ts';
import { formatDuration } from './duration.ts';
import { SupportCard } from '../components/SupportCard.tsx';
import { TalkItThrough } from './TalkItThrough.tsx';
import { Folded } from '../components/Folded.tsx';

interface RuptureItemProps {
  readonly rupture: Rupture;
  readonly me: string;
  readonly nameOf: (memberId: string) => string;
  readonly onReset: (rupture: Rupture) => Promise<void>;
  readonly onRepaired: (rupture: Rupture) => Promise<void>;
  /** Removes the note of a moment I logged; the moment and its repair stay. */
  readonly onRemoveNote: (rupture: Rupture) => Promise<void>;
}

/**
 * One hard moment: its note when readable (which whoever logged it may remove), who reached
 * out, and the next gentle step.
 */
export function RuptureItem({
  rupture,
  me,
  nameOf,
  onReset,
  onRepaired,
  onRemoveNote,
}: RuptureItemProps) {
  const item = useRef<HTMLLIElement>(null);
  const [pending, setPending] = useState(false);
  const [noteRemoved, setNoteRemoved] = useState('');
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
      setError(describeError(failure, { conflict: t('repair.item.alreadyRepaired') }));
    } finally {
      setPending(false);
    }
  };

  return (
    <li ref={item} className="entry" tabIndex={-1}>
      <p className="entry-meta">
        {date} · {t('repair.item.loggedBy', { name: nameOf(rupture.loggedByMemberId) })}
      </p>
      {rupture.note && <Folded className="entry-text" text={rupture.note} />}
      {rupture.note && rupture.notePrivate && (
        <p className="hint">{t('repair.item.privateNote')}</p>
      )}
      {rupture.showSupport && <SupportCard />}
      <div className="entry-actions">
        {starter && (
          <span className="with-icon">
            <Icon name="repair" size={18} />
            {starter === me
              ? t('repair.item.youReachedOut')
              : openingName(t('repair.item.reachedOut', { name: nameOf(starter) }))}
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
        <TalkItThrough circleId={rupture.circleId} ruptureId={rupture.id} date={date} />
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
      {rupture.note && rupture.loggedByMemberId === me && (
        <div className="entry-actions">
          <ConfirmAction
            label={t('repair.item.removeNote')}
            accessibleLabel={t('repair.item.removeNote.label', { date })}
            consequence={t('repair.item.removeNote.confirm')}
            confirmLabel={t('repair.item.removeNote.yes')}
            pendingLabel={t('common.removing')}
            disabled={pending}
            onConfirm={async () => {
              await onRemoveNote(rupture);
              setNoteRemoved(t('repair.item.noteRemoved'));
              // The note and its button are gone; the moment itself stays in focus.
              item.current?.focus();
            }}
          />
        </div>
      )}
      <p role="status" className="done list-status">
        {noteRemoved}
      </p>
      <Alert message={error} />
    </li>
  );
}
