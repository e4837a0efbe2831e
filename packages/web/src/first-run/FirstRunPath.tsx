import { useEffect, useRef, type ReactNode } from 'react';
import { Icon } from '../components/Icon.tsx';
import { t, type MessageKey } from '../i18n/index.ts';
import {
  FIRST_RUN_STEPS,
  mayMoveOn,
  stepAfter,
  stepBefore,
  stepsDone,
  type FirstRunStep,
} from './progress.ts';
import type { FirstRunData } from './useFirstRun.ts';
import { NoticedExplainer } from './NoticedExplainer.tsx';
import './first-run.css';

const TITLES: Readonly<Record<FirstRunStep, MessageKey>> = {
  circle: 'firstRun.step.circle',
  invite: 'firstRun.step.invite',
  act: 'firstRun.step.act',
  noticed: 'firstRun.step.noticed',
};

interface FirstRunPathProps {
  readonly data: FirstRunData;
  readonly step: FirstRunStep;
  readonly onStep: (step: FirstRunStep) => void;
  /** What each step lets the person do (made by the screen from other features). */
  readonly slots: Readonly<Partial<Record<FirstRunStep, ReactNode>>>;
  readonly onNotNow: () => void;
  readonly onFinish: () => void;
  /** Set while leaving the path is being saved. */
  readonly leaving: boolean;
}

/**
 * The first minutes after sign-up, one step at a time: make a circle, invite someone, log a first
 * act, what "I noticed" means. "Not now" is always there; Back and Next move between the steps.
 */
export function FirstRunPath({
  data,
  step,
  onStep,
  slots,
  onNotNow,
  onFinish,
  leaving,
}: FirstRunPathProps) {
  const { facts, circle } = data;
  const done = stepsDone(facts);
  const index = FIRST_RUN_STEPS.indexOf(step);
  const before = stepBefore(step);
  const after = stepAfter(step);
  const name = circle?.name ?? '';
  const actions = useRef<HTMLDivElement>(null);
  const acted = step === 'act' && facts.acted;

  // Once the first act is logged, Next comes into view, clear of the undo bar that now shows.
  useEffect(() => {
    if (acted) actions.current?.scrollIntoView({ block: 'nearest' });
  }, [acted]);

  return (
    <div className="first-run card">
      <div className="first-run-head">
        <p className="first-run-count">
          {t('firstRun.progress', { step: index + 1, count: FIRST_RUN_STEPS.length })}
        </p>
        <button type="button" className="link" disabled={leaving} onClick={onNotNow}>
          {t('firstRun.notNow')}
        </button>
      </div>
      <ol className="first-run-steps" aria-label={t('firstRun.steps')}>
        {FIRST_RUN_STEPS.map((each, i) => (
          <li
            key={each}
            className={each === step ? 'current' : done[each] ? 'done' : undefined}
            aria-current={each === step ? 'step' : undefined}
          >
            <span className="first-run-mark" aria-hidden="true">
              {done[each] ? <Icon name="check" size={16} /> : i + 1}
            </span>
            <span className="first-run-label">
              {t(TITLES[each])}
              {done[each] && <span className="visually-hidden"> ({t('firstRun.stepDone')})</span>}
            </span>
          </li>
        ))}
      </ol>
      <h2>{t(TITLES[step])}</h2>
      <div className="stack">
        {step === 'circle' &&
          (done.circle ? (
            <p className="done-note">{t('firstRun.circle.made', { name })}</p>
          ) : (
            <p>{t('firstRun.circle.body')}</p>
          ))}
        {step === 'invite' && <p>{t('firstRun.invite.body')}</p>}
        {step === 'act' &&
          (facts.othersJoined ? (
            <p>{t('firstRun.act.body')}</p>
          ) : (
            <p>{t('firstRun.act.waiting', { name })}</p>
          ))}
        {step === 'noticed' && <NoticedExplainer />}
        {slots[step]}
        {step === 'invite' && done.invite && (
          <p className="done-note">{t('firstRun.invite.done', { name })}</p>
        )}
        {step === 'act' && facts.acted && <p className="done-note">{t('firstRun.act.done')}</p>}
      </div>
      <div ref={actions} className="actions first-run-actions">
        {before && (
          <button type="button" className="secondary" onClick={() => onStep(before)}>
            {t('firstRun.back')}
          </button>
        )}
        {after && mayMoveOn(step, facts) && (
          <button type="button" className="primary" onClick={() => onStep(after)}>
            {t('firstRun.next')}
          </button>
        )}
        {!after && (
          <button type="button" className="primary" disabled={leaving} onClick={onFinish}>
            {t('firstRun.finish')}
          </button>
        )}
      </div>
    </div>
  );
}
