import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { describeError } from '../errors.ts';
import type { UndoState } from '../hooks/useUndo.ts';
import { t } from '../i18n/index.ts';
import { Alert } from './Alert.tsx';
import './undo.css';

/** How long a tap can be taken back, and how long "Taken back" stays after. */
const OFFER_MS = 7000;
const UNDONE_MS = 3000;

/**
 * A small bar at the foot of the screen after a one-tap action: what was done and "Undo", for a
 * few seconds. It is a polite live region, so a screen reader hears it without losing its place;
 * it never takes focus, and Tab reaches its button. Hovering or focusing it holds the time;
 * Escape closes it. After "Undo", focus goes back to where the person was.
 */
export function UndoBar({ state }: { readonly state: UndoState }) {
  const { current, clear } = state;
  const key = current?.key;
  const [phase, setPhase] = useState<'offer' | 'busy' | 'undone'>('offer');
  const [error, setError] = useState<string>();
  const [held, setHeld] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  /** Where focus was when the offer came: it goes back there if it was in the bar. */
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (key === undefined) return;
    setPhase('offer');
    setError(undefined);
    const active = document.activeElement;
    if (active instanceof HTMLElement && !bar.current?.contains(active)) returnTo.current = active;
  }, [key]);

  const giveBackFocus = useCallback(() => {
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    if (!lost && !bar.current?.contains(active)) return;
    const target = returnTo.current;
    if (target?.isConnected) target.focus();
  }, []);

  const close = useCallback(() => {
    giveBackFocus();
    setHeld(false);
    clear();
  }, [clear, giveBackFocus]);

  useEffect(() => {
    if (key === undefined || held || phase === 'busy' || error !== undefined) return;
    const timer = setTimeout(close, phase === 'undone' ? UNDONE_MS : OFFER_MS);
    return () => clearTimeout(timer);
  }, [key, held, phase, error, close]);

  const undo = async () => {
    if (!current || phase !== 'offer') return;
    setPhase('busy');
    setError(undefined);
    try {
      await current.undo();
      setPhase('undone');
      // The button is gone: focus goes back to where the tap was made.
      giveBackFocus();
      setHeld(false);
    } catch (failure) {
      setPhase('offer');
      setError(describeError(failure));
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && phase !== 'busy') {
      event.stopPropagation();
      close();
    }
  };

  const text = current ? (phase === 'undone' ? current.undone : current.message) : '';
  return (
    <div
      ref={bar}
      className="undo-region"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld(false);
      }}
      onKeyDown={onKeyDown}
    >
      {/* Always there, so what comes into it is announced. */}
      <div className={current ? 'undo-bar showing' : 'undo-bar'}>
        <p className="undo-text" role="status">
          {text}
        </p>
        {current && phase !== 'undone' && (
          <>
            <button
              type="button"
              className="undo-button"
              disabled={phase === 'busy'}
              aria-busy={phase === 'busy' || undefined}
              onClick={() => void undo()}
            >
              {phase === 'busy' ? t('undo.pending') : t('undo.action')}
            </button>
            <button
              type="button"
              className="undo-close"
              aria-label={t('undo.close')}
              onClick={close}
            >
              ×
            </button>
          </>
        )}
        {error !== undefined && <Alert message={error} />}
      </div>
    </div>
  );
}
