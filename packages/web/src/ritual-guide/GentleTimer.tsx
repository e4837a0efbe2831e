import { useEffect, useId, useState } from 'react';
import { t, tn } from '../i18n/index.ts';
import {
  clockText,
  elapsedMs,
  hasEnded,
  isRunning,
  newTimer,
  pause,
  remainingMs,
  settle,
  start,
  type TimerState,
} from './timer.ts';

/**
 * A gentle timer: it starts when the people asked for it, can pause and carry on, makes no
 * sound, and at the end stops and says so politely in a live region (role="status"). The time
 * itself is a role="timer" element, which screen readers read when asked, not every second. Its
 * one moving part, a soft pulse while it runs, is left still when reduced motion is asked for.
 */
export function GentleTimer({ minutes }: { readonly minutes: number }) {
  const id = useId();
  const [timer, setTimer] = useState<TimerState>(() => newTimer(minutes));
  const [now, setNow] = useState(() => Date.now());
  const [said, setSaid] = useState('');
  const running = isRunning(timer);

  useEffect(() => {
    if (!running) return undefined;
    const handle = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(handle);
  }, [running]);

  useEffect(() => {
    if (running && hasEnded(timer, now)) {
      setTimer(settle(timer, now));
      setSaid(tn('ritualGuide.timer.ended', minutes));
    }
  }, [running, timer, now, minutes]);

  // While it is not running, what it shows does not depend on the time.
  const ended = hasEnded(timer, now);
  const begun = elapsedMs(timer, now) > 0 || running;
  const toggle = () => {
    const clock = Date.now();
    setNow(clock);
    if (running) {
      setTimer(pause(timer, clock));
      setSaid(t('ritualGuide.timer.paused'));
    } else {
      setTimer(start(ended ? newTimer(minutes) : timer, clock));
      setSaid('');
    }
  };
  const label = running
    ? t('ritualGuide.timer.pause')
    : ended
      ? t('ritualGuide.timer.again')
      : begun
        ? t('ritualGuide.timer.resume')
        : t('ritualGuide.timer.start');

  return (
    <section
      className={`card gentle-timer${running ? ' is-running' : ''}`}
      aria-labelledby={`${id}-title`}
    >
      <div className="timer-face">
        <div className="timer-reading">
          <h2 id={`${id}-title`} className="timer-title">
            {t('ritualGuide.timer.label')}
          </h2>
          <p className="timer-line">
            <span className="timer-dot" aria-hidden="true" />
            <span role="timer" className="timer-time">
              {clockText(remainingMs(timer, now))}
            </span>
          </p>
        </div>
        <div className="actions timer-actions">
          <button type="button" className="secondary" onClick={toggle}>
            {label}
          </button>
          {begun && !running && !ended && (
            <button
              type="button"
              className="link"
              onClick={() => {
                setTimer(newTimer(minutes));
                setSaid('');
              }}
            >
              {t('ritualGuide.timer.again')}
            </button>
          )}
        </div>
      </div>
      <progress
        className="timer-bar"
        max={timer.totalMs}
        value={elapsedMs(timer, now)}
        aria-hidden="true"
      />
      <p className="muted timer-quiet">{t('ritualGuide.timer.quiet')}</p>
      <p role="status" className="done">
        {said}
      </p>
    </section>
  );
}
