import { useEffect, useRef, useState } from 'react';
import type { CircleDetail } from '../api.ts';
import { completeRitual, deleteRitual, uncompleteRitual, type Ritual } from '../api-load.ts';
import { ConfirmAction } from '../components/ConfirmAction.tsx';
import { focusAfterRemoval } from '../focus.ts';
import type { UndoOffer } from '../hooks/useUndo.ts';
import { Link } from '../components/Link.tsx';
import { andList, t } from '../i18n/index.ts';
import { clockHour, momentOf, zonedDateTime, zonedTime } from '../i18n/times.ts';
import { browserTimeZone } from '../components/timezones.ts';
import { Feedback } from '../components/Feedback.tsx';
import { useAction } from '../hooks/useAction.ts';
import { ritualGuidePath } from '../router/ritual-guide.ts';
import { rhythmText } from './rhythm.ts';
import { RitualForm } from './RitualForm.tsx';
import { describeSchedule } from './schedule.ts';

interface RitualItemProps {
  readonly circle: CircleDetail;
  readonly ritual: Ritual;
  readonly nameOf: (memberId: string) => string;
  readonly onChanged: () => Promise<void>;
  /** Offers "Undo" after "We did it". */
  readonly offerUndo: (offer: UndoOffer) => void;
}

/**
 * One ritual: its schedule, the next time, its gentle rhythm, its guide (to follow together, and
 * "We did it" at the end), "We did it" at once, and changing it.
 */
export function RitualItem({ circle, ritual, nameOf, onChanged, offerUndo }: RitualItemProps) {
  const { busy, done, error, run } = useAction();
  const [editing, setEditing] = useState(false);
  const [edited, setEdited] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // Closing the editor puts focus back on "Edit", where the person left off.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  if (editing) {
    return (
      <li className="ritual">
        <RitualForm
          circle={circle}
          ritual={ritual}
          onChanged={onChanged}
          onClose={(saved) => {
            setEdited(saved ?? '');
            returnFocus.current = true;
            setEditing(false);
          }}
        />
      </li>
    );
  }
  // Times by the app's rule: in the ritual's own zone, and in this device's when it differs.
  const viewer = browserTimeZone();
  const next = ritual.nextAt ? new Date(ritual.nextAt) : null;
  const at = momentOf(ritual.time, ritual.timezone, next ?? new Date());
  const names = andList(
    ritual.memberIds
      .map((id) => (id === circle.myMemberId ? t('common.you') : nameOf(id)))
      .filter(Boolean),
  );
  return (
    <li className="ritual" tabIndex={-1}>
      <h3 className="duty-title" dir="auto">
        {ritual.title}
      </h3>
      <p className="muted">
        {describeSchedule(
          ritual.rrule,
          zonedTime(at, ritual.timezone, viewer),
          clockHour(at, ritual.timezone),
        )}
      </p>
      <p>
        {next
          ? t('rituals.next', { when: zonedDateTime(next, ritual.timezone, viewer) })
          : t('rituals.noNext')}
      </p>
      <p className="rhythm">{rhythmText(ritual.rhythm)}</p>
      <p className="muted">{t('rituals.with', { names })}</p>
      <div className="actions">
        <Link
          className="primary button-link"
          to={ritualGuidePath(circle.id, ritual.id)}
          aria-label={t('ritualGuide.openLabel', { title: ritual.title })}
        >
          {t('ritualGuide.open')}
        </Link>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          aria-label={t('rituals.didLabel', { title: ritual.title })}
          onClick={() => {
            setEdited('');
            void run(async () => {
              await completeRitual(circle.id, ritual.id);
              await onChanged();
            }, '').then((ok) => {
              if (!ok) return;
              offerUndo({
                message: t('rituals.done', { title: ritual.title }),
                undone: t('undo.done.undone'),
                undo: async () => {
                  await uncompleteRitual(circle.id, ritual.id);
                  await onChanged();
                },
              });
            });
          }}
        >
          {t('rituals.did')}
        </button>
        <button
          ref={editButton}
          type="button"
          className="secondary"
          disabled={busy}
          aria-label={t('rituals.editLabel', { title: ritual.title })}
          onClick={() => {
            setEdited('');
            setEditing(true);
          }}
        >
          {t('rituals.editAction')}
        </button>
        <ConfirmAction
          label={t('rituals.stop')}
          accessibleLabel={t('rituals.stopLabel', { title: ritual.title })}
          consequence={t('confirm.ritual.stop', { title: ritual.title })}
          confirmLabel={t('confirm.ritual.stop.yes')}
          cancelLabel={t('confirm.ritual.stop.keep')}
          pendingLabel={t('confirm.ritual.stop.pending')}
          disabled={busy}
          onConfirm={async (origin) => {
            const refocus = focusAfterRemoval(origin.closest('li'));
            await deleteRitual(circle.id, ritual.id);
            await onChanged();
            refocus();
          }}
        />
      </div>
      {/* The newest word wins: a saved edit over an earlier "We did it", and the other way. */}
      <Feedback done={edited || done} error={error} />
    </li>
  );
}
