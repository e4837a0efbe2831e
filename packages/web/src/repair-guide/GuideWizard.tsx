import type { GuideTextStep } from '@recipro/core';
import { useEffect, useId, useRef, useState } from 'react';
import { Alert } from '../components/Alert.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { finishGuide, saveGuideAnswers, type RepairGuide } from './api.ts';
import { PauseStep } from './PauseStep.tsx';
import { ReviewStep } from './ReviewStep.tsx';
import { draftOf, finishBlock, SCREENS, toAnswers, type Draft } from './steps.ts';
import { TextStep } from './TextStep.tsx';
import { comeBackTime } from './time.ts';

interface GuideWizardProps {
  readonly circleId: string;
  readonly ruptureId: string;
  readonly guide: RepairGuide;
  /** The guide as the server has it after a save or the finish. */
  readonly onChange: (guide: RepairGuide) => void;
  /** After finishing, or after saving changes made once finished. */
  readonly onDone: () => void;
}

/**
 * Filling in the guide alone: one step per screen, with back and next. Each move saves the
 * reader's answers (private until everyone has finished); "not yet" at the pause stops there,
 * with a time to come back. The last screen looks over everything and finishes.
 */
export function GuideWizard({ circleId, ruptureId, guide, onChange, onDone }: GuideWizardProps) {
  const id = useId();
  const headingId = `${id}-step`;
  const [draft, setDraft] = useState<Draft>(() => draftOf(guide));
  const [at, setAt] = useState(0);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [pauseError, setPauseError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  /** Set when the reader moves to another step, so its heading takes focus once shown. */
  const moved = useRef(false);
  const screen = SCREENS[at] ?? 'review';
  const finished = guide.mine?.finishedAt != null;

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
  }, [at]);

  const go = (to: number) => {
    moved.current = true;
    setAt(Math.max(0, Math.min(SCREENS.length - 1, to)));
  };

  const save = async () => {
    const answers = toAnswers(draft);
    if (answers) onChange(await saveGuideAnswers(circleId, ruptureId, answers));
  };

  const run = async (action: () => Promise<void>) => {
    if (pending) return;
    setPending(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(
        describeError(failure, {
          conflict: t('repairGuide.conflict'),
          ...(finished ? { validation_failed: t('repairGuide.stillFinished') } : {}),
        }),
      );
    } finally {
      setPending(false);
    }
  };

  const next = () =>
    run(async () => {
      if (screen === 'pause' && draft.pause === null) {
        setPauseError(t('repairGuide.pause.choose'));
        return;
      }
      await save();
      if (screen === 'pause' && draft.pause === 'not_yet') return;
      go(at + 1);
    });
  const back = () =>
    run(async () => {
      await save();
      go(at - 1);
    });
  const finish = () =>
    run(async () => {
      await save();
      if (!finished) onChange(await finishGuide(circleId, ruptureId));
      onDone();
    });

  const setText = (step: GuideTextStep, text: string) =>
    setDraft((now) => ({ ...now, [step]: text }));
  const othersNeedTime =
    guide.notYet && guide.comeBackAt !== null && guide.mine?.pause !== 'not_yet';
  const blocked = finishBlock(draft) !== null;

  return (
    <section className="card stack guide-card" aria-labelledby={headingId}>
      <p className="muted guide-progress">
        {t('repairGuide.progress', { step: at + 1, total: SCREENS.length })}
      </p>
      {othersNeedTime && guide.comeBackAt && (
        <p className="guide-note">
          {t('repairGuide.pause.others', { time: comeBackTime(guide.comeBackAt) })}
        </p>
      )}
      {screen === 'pause' && (
        <PauseStep
          headingId={headingId}
          headingRef={heading}
          pause={draft.pause}
          onPause={(pause) => {
            setPauseError(undefined);
            setDraft((now) => ({ ...now, pause }));
          }}
          resting={guide.mine?.pause === 'not_yet' && draft.pause === 'not_yet'}
          comeBackAt={guide.comeBackAt}
          error={pauseError}
        />
      )}
      {screen !== 'pause' && screen !== 'review' && (
        <TextStep
          key={screen}
          headingId={headingId}
          headingRef={heading}
          step={screen}
          text={draft[screen]}
          onText={(text) => setText(screen, text)}
        />
      )}
      {screen === 'review' && (
        <ReviewStep
          headingId={headingId}
          headingRef={heading}
          draft={draft}
          onEdit={(step) => go(SCREENS.indexOf(step))}
        />
      )}
      <Alert message={error} />
      <div className="guide-nav">
        {at > 0 && (
          <button
            type="button"
            className="secondary"
            disabled={pending}
            onClick={() => void back()}
          >
            {t('repairGuide.previous')}
          </button>
        )}
        {screen === 'review' ? (
          <button
            type="button"
            className="primary"
            disabled={pending || blocked}
            onClick={() => void finish()}
          >
            {pending
              ? t('repairGuide.finish.pending')
              : finished
                ? t('repairGuide.finish.again')
                : t('repairGuide.finish')}
          </button>
        ) : (
          <button type="button" className="primary" disabled={pending} onClick={() => void next()}>
            {pending ? t('repairGuide.saving') : t('repairGuide.next')}
          </button>
        )}
      </div>
    </section>
  );
}
