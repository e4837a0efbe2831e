import { useId } from 'react';
import { NOTE_MAX_LENGTH, type Effort } from '@recipro/core';
import { formatNumber, t } from '../i18n/index.ts';
import { EffortChips } from './EffortChips.tsx';

interface CareDetailsProps {
  readonly effort: Effort;
  readonly onEffort: (effort: Effort) => void;
  readonly note: string;
  readonly onNote: (note: string) => void;
  readonly noteError: string | undefined;
}

/** The optional part of logging, tucked away: how big the act was, and a note. */
export function CareDetails({ effort, onEffort, note, onNote, noteError }: CareDetailsProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const describedBy = [`${id}-hint`, noteError ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <details className="more">
      <summary>{t('log.more')}</summary>
      <div className="stack">
        <EffortChips name={`${id}-effort`} effort={effort} onEffort={onEffort} />
        <div className="field">
          <label htmlFor={noteId}>
            {t('log.note')} <span className="muted">{t('common.optional')}</span>
          </label>
          <p id={`${id}-hint`} className="hint">
            {t('log.note.hint')}
          </p>
          <textarea
            dir="auto"
            id={noteId}
            name="note"
            rows={3}
            maxLength={NOTE_MAX_LENGTH}
            value={note}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => onNote(event.target.value)}
          />
          <p id={`${id}-count`} className="hint count">
            {formatNumber(note.length)} / {formatNumber(NOTE_MAX_LENGTH)}
          </p>
          {noteError && (
            <p id={`${id}-error`} className="field-error">
              {noteError}
            </p>
          )}
        </div>
      </div>
    </details>
  );
}
