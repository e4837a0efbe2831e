import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FORMS_OF_CARE, NOTE_MAX_LENGTH, type FormOfCare } from '@recipro/core';
import type { Act, ActChanges, CircleDetail } from '../api.ts';
import { formLabel } from '../care.ts';
import { Alert } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { describeError } from '../errors.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { checkNote } from '../validation.ts';
import { actChanges, draftOf, toLocalInput, whenProblem, type ActDraft } from './actDraft.ts';
import { EffortChips } from './EffortChips.tsx';
import { isCurrentMember, otherMembers } from '../components/names.ts';
import { PersonPicker } from './PersonPicker.tsx';
import './act-editor.css';

interface ActEditorProps {
  readonly circle: CircleDetail;
  readonly act: Act;
  /** Saves the changes; resolves with the sentence to show once saved. */
  readonly onSave: (changes: ActChanges) => Promise<string>;
  /** Closes the editor; `saved` is the sentence to show, absent when cancelled. */
  readonly onClose: (saved?: string) => void;
}

/**
 * Changes an act one gave, in place: what it was, who received it, how big, the note and when.
 * Only what differs is sent. Former members are never offered as receivers; an act logged for
 * one keeps them unless someone else is chosen.
 */
export function ActEditor({ circle, act, onSave, onClose }: ActEditorProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<ActDraft>(() => draftOf(act));
  const [noteError, setNoteError] = useState<string>();
  const [whenError, setWhenError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const people = otherMembers(circle);
  const forFormer = !isCurrentMember(circle, act.toMemberId);
  const showPicker = people.length > 1 || (forFormer && people.length > 0);
  const set = (changes: Partial<ActDraft>) => setDraft((now) => ({ ...now, ...changes }));

  // Opening the editor takes keyboard and screen-reader users to it.
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const noteProblem = checkNote(draft.note);
    const when = whenProblem(draft, act, Date.now());
    const timeProblem =
      when === 'required'
        ? t('act.edit.when.required')
        : when === 'future'
          ? t('act.edit.when.future')
          : undefined;
    setNoteError(noteProblem);
    setWhenError(timeProblem);
    if (noteProblem || timeProblem) {
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const changes = actChanges(act, draft);
    if (Object.keys(changes).length === 0) {
      onClose(t('act.edit.unchanged'));
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      onClose(await onSave(changes));
    } catch (failure) {
      setError(describeError(failure));
      setPending(false);
    }
  };

  const noteId = `${id}-note`;
  const noteDescribedBy = [`${id}-note-hint`, noteError ? `${id}-note-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <form
      className="act-editor stack"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !pending) onClose();
      }}
    >
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('act.edit.title')}
      </h3>
      <div className="field">
        <label htmlFor={`${id}-form`}>{t('act.edit.form')}</label>
        <select
          id={`${id}-form`}
          className="select"
          value={draft.form}
          onChange={(event) => set({ form: event.target.value as FormOfCare })}
        >
          {FORMS_OF_CARE.map((form) => (
            <option key={form} value={form}>
              {formLabel(form)}
            </option>
          ))}
        </select>
      </div>
      {showPicker && (
        <div className="stack-tight">
          <PersonPicker
            people={people}
            selected={draft.toMemberId}
            onSelect={(toMemberId) => set({ toMemberId })}
            groupName={`${id}-person`}
          />
          {forFormer && <p className="hint">{t('act.edit.whoFormer')}</p>}
        </div>
      )}
      <EffortChips
        name={`${id}-effort`}
        effort={draft.effort}
        onEffort={(effort) => set({ effort })}
      />
      <div className="field">
        <label htmlFor={noteId}>
          {t('log.note')} <span className="muted">{t('common.optional')}</span>
        </label>
        <p id={`${id}-note-hint`} className="hint">
          {t('act.edit.note.hint')}
        </p>
        <textarea
          dir="auto"
          id={noteId}
          name="note"
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          value={draft.note}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteDescribedBy}
          onChange={(event) => set({ note: event.target.value })}
        />
        <p className="hint count">
          {formatNumber(draft.note.length)} / {formatNumber(NOTE_MAX_LENGTH)}
        </p>
        {noteError && (
          <p id={`${id}-note-error`} className="field-error">
            {noteError}
          </p>
        )}
      </div>
      <Field
        label={t('act.edit.when')}
        error={whenError}
        type="datetime-local"
        name="when"
        max={toLocalInput(new Date().toISOString())}
        value={draft.when}
        onChange={(event) => set({ when: event.target.value })}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('act.edit.saving') : t('act.edit.save')}
        </button>
        <button type="button" className="secondary" disabled={pending} onClick={() => onClose()}>
          {t('act.edit.cancel')}
        </button>
      </div>
      <Alert message={error} />
    </form>
  );
}
