import { useState } from 'react';
import { updateAccount } from '../api-account.ts';
import { InvitePanel } from '../circle/InvitePanel.tsx';
import { LogCare } from '../circle/LogCare.tsx';
import { Alert } from '../components/Alert.tsx';
import { ScreenSkeleton } from '../components/Skeleton.tsx';
import { UndoBar } from '../components/UndoBar.tsx';
import { useUndo } from '../hooks/useUndo.ts';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { describeError } from '../errors.ts';
import { FirstRunPath } from '../first-run/FirstRunPath.tsx';
import { currentStep, type FirstRunStep } from '../first-run/progress.ts';
import { useFirstRun } from '../first-run/useFirstRun.ts';
import { CreateCircleForm } from '../home/CreateCircleForm.tsx';
import { t } from '../i18n/index.ts';
import { navigate, paths } from '../router.ts';
import { useSession } from '../session.ts';

/**
 * `/start`, where sign-up leads: the first-run path (first-run/), its steps done with the same
 * pieces the circle's home uses (making a circle, inviting, logging care).
 */
export function FirstRunScreen() {
  const undo = useUndo();
  const { setUser } = useSession();
  const { state, reload, reloadError } = useFirstRun();
  /** The step on screen once the person moved (or a step changed the data under them). */
  const [viewing, setViewing] = useState<FirstRunStep>();
  const [leaving, setLeaving] = useState(false);
  const [leaveError, setLeaveError] = useState<unknown>();

  if (state.status === 'loading') return <ScreenSkeleton />;
  if (state.status === 'failed') return <Alert message={describeError(state.error)} />;

  const { data } = state;
  const step = viewing ?? currentStep(data.facts);
  const { circle } = data;

  const leave = async (firstRun: 'skipped' | 'done') => {
    setLeaving(true);
    setLeaveError(undefined);
    try {
      setUser(await updateAccount({ firstRun }));
      navigate(firstRun === 'done' && circle ? paths.circle(circle.id) : paths.home());
    } catch (error) {
      setLeaveError(error);
      setLeaving(false);
    }
  };
  /** Keeps this step on screen while the data it changed is read again. */
  const stayHere = () => {
    setViewing(step);
    void reload();
  };

  const slots = {
    circle: !circle && (
      <CreateCircleForm
        onCreated={() => {
          setViewing('invite');
          void reload();
        }}
      />
    ),
    invite: circle && <InvitePanel circleId={circle.id} onCreated={stayHere} />,
    act: circle && data.facts.othersJoined && (
      <LogCare circle={circle} onLogged={stayHere} offerUndo={undo.offer} />
    ),
  };
  const error = leaveError ?? reloadError;

  return (
    <div className="stack-lg">
      <ScreenTitle>{t('firstRun.title')}</ScreenTitle>
      <UndoBar state={undo} />
      <Alert message={error === undefined ? undefined : describeError(error)} />
      <FirstRunPath
        data={data}
        step={step}
        onStep={setViewing}
        slots={slots}
        leaving={leaving}
        onNotNow={() => void leave('skipped')}
        onFinish={() => void leave('done')}
      />
    </div>
  );
}
