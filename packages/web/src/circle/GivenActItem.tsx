import { useEffect, useRef, useState } from 'react';
import type { Act, ActChanges, CircleDetail } from '../api.ts';
import { formLabel } from '../care.ts';
import { ConfirmAction } from '../components/ConfirmAction.tsx';
import { Icon } from '../components/Icon.tsx';
import { focusAfterRemoval } from '../focus.ts';
import { formatDateTime, t } from '../i18n/index.ts';
import { ActEditor } from './ActEditor.tsx';
import { ActItem } from './ActItem.tsx';
import { openingName } from '../components/names.ts';
import './act-editor.css';

interface GivenActItemProps {
  readonly circle: CircleDetail;
  readonly act: Act;
  readonly nameOf: (memberId: string) => string;
  /** Saves changes to the act; resolves with the sentence to announce. */
  readonly onChange: (act: Act, changes: ActChanges) => Promise<string>;
  /** Removes the act; resolves with the sentence to announce. */
  readonly onRemove: (act: Act) => Promise<string>;
  /** Announces what happened in the list's live region. */
  readonly onDone: (sentence: string) => void;
}

/**
 * One act I gave, with the quiet ways to change it or take it back. Only the giver sees these:
 * the list of care received never offers them.
 */
export function GivenActItem({
  circle,
  act,
  nameOf,
  onChange,
  onRemove,
  onDone,
}: GivenActItemProps) {
  const [editing, setEditing] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const name = nameOf(act.toMemberId);
  const labels = { form: formLabel(act.form), name, when: formatDateTime(act.at) };

  // Closing the editor puts focus back on "Change", where the person left off.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      changeButton.current?.focus();
    }
  }, [editing]);

  if (editing) {
    return (
      <li className="act-editing">
        <ActEditor
          circle={circle}
          act={act}
          onSave={(changes) => onChange(act, changes)}
          onClose={(saved) => {
            if (saved) onDone(saved);
            returnFocus.current = true;
            setEditing(false);
          }}
        />
      </li>
    );
  }

  const mine = act.fromMemberId === circle.myMemberId;
  return (
    <ActItem act={act} who={t('given.for', { name })}>
      {act.questionedAt && <p className="muted">{openingName(t('given.questioned', { name }))}</p>}
      {act.noticedAt && (
        <span className="noticed">
          <Icon name="check" size={20} />
          {openingName(t('given.noticed', { name }))}
        </span>
      )}
      {mine && (
        <div className="act-actions">
          <button
            ref={changeButton}
            type="button"
            className="link quiet-action"
            aria-label={t('act.change.label', labels)}
            onClick={() => setEditing(true)}
          >
            {t('act.change')}
          </button>
          <ConfirmAction
            label={t('act.remove')}
            accessibleLabel={t('act.remove.label', labels)}
            consequence={t('act.remove.confirm')}
            confirmLabel={t('act.remove.yes')}
            pendingLabel={t('common.removing')}
            onConfirm={async (origin) => {
              const refocus = focusAfterRemoval(origin.closest('li'));
              const sentence = await onRemove(act);
              onDone(sentence);
              refocus();
            }}
          />
        </div>
      )}
    </ActItem>
  );
}
