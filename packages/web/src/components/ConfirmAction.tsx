import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { Alert } from './Alert.tsx';
import './confirm.css';

interface ConfirmActionProps {
  /** The quiet button that asks first, e.g. "Delete". */
  readonly label: string;
  /** Its name for screen readers, saying what it acts on, e.g. "Delete your reflection “…”". */
  readonly accessibleLabel: string;
  /** What will happen, in one plain sentence. */
  readonly consequence: string;
  /** The button that does it, e.g. "Delete it". */
  readonly confirmLabel: string;
  /** The button that changes nothing; "Keep it" unless said otherwise. */
  readonly cancelLabel?: string;
  /** Shown on the confirm button while the change runs. */
  readonly pendingLabel: string;
  /**
   * Makes the change. `origin` is the confirmation's own element, for finding where focus goes
   * next. A failure is shown under the question, which stays open.
   */
  readonly onConfirm: (origin: HTMLElement) => Promise<void>;
  readonly disabled?: boolean;
  /** The look of the button that asks first: a quiet link unless said otherwise. */
  readonly triggerClassName?: string;
}

/**
 * A change that cannot be taken back (deleting, stopping, removing, signing out), asked about in
 * place: the quiet button opens a short
 * question with what will happen, a button to do it and one to keep things as they are. Focus
 * moves into the question; Escape or "Keep it" closes it and returns focus to the button.
 */
export function ConfirmAction({
  label,
  accessibleLabel,
  consequence,
  confirmLabel,
  cancelLabel = t('common.keepIt'),
  pendingLabel,
  onConfirm,
  disabled = false,
  triggerClassName = 'link quiet-action',
}: ConfirmActionProps) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const group = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  /** Set when the question closes without a change, so focus returns to the button. */
  const returnFocus = useRef(false);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    if (asking) {
      // Focus without the browser's own scroll, then all of the question into view (its scroll
      // margin keeps it clear of the phone's bottom bar).
      group.current?.focus({ preventScroll: true });
      group.current?.scrollIntoView({ block: 'nearest' });
    } else if (returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [asking]);

  const close = () => {
    returnFocus.current = true;
    setError(undefined);
    setAsking(false);
  };

  const confirm = async () => {
    const origin = group.current;
    if (!origin || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm(origin);
      // What was changed usually leaves the page with this question; if not, close it.
      if (live.current) setAsking(false);
    } catch (failure) {
      if (live.current) setError(describeError(failure));
    } finally {
      if (live.current) setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !busy) {
      event.stopPropagation();
      close();
    }
  };

  if (!asking) {
    return (
      <button
        ref={trigger}
        type="button"
        className={triggerClassName}
        disabled={disabled}
        aria-label={accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div
      ref={group}
      className="confirm"
      role="group"
      aria-labelledby={`${id}-consequence`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <p id={`${id}-consequence`} className="confirm-text">
        {consequence}
      </p>
      <div className="confirm-actions">
        <button
          type="button"
          className="danger"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={() => void confirm()}
        >
          {busy ? pendingLabel : confirmLabel}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={close}>
          {cancelLabel}
        </button>
      </div>
      <Alert message={error} />
    </div>
  );
}
