import { useEffect } from 'react';
import { kindLabel } from '../care.ts';
import { ActivityLists } from '../circle/ActivityLists.tsx';
import { InvitePanel } from '../circle/InvitePanel.tsx';
import { JoinRequests } from '../circle/JoinRequests.tsx';
import { MembersPanel } from '../circle/MembersPanel.tsx';
import { LogCare } from '../circle/LogCare.tsx';
import { otherMembers } from '../components/names.ts';
import { SummaryPanel } from '../circle/SummaryPanel.tsx';
import { useCircleData } from '../circle/useCircleData.ts';
import { Alert } from '../components/Alert.tsx';
import { ScreenSkeleton } from '../components/Skeleton.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { describeError, isApiError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { useSession } from '../session.ts';
import { readRouteAhead } from '../queries.ts';
import { paths } from '../router.ts';
import { preloadScreen } from '../Routes.tsx';
import { Icon } from '../components/Icon.tsx';
import { TodayCard } from '../question/TodayCard.tsx';
import { CircleUnavailable } from '../components/CircleUnavailable.tsx';
import { NextSteps } from '../components/NextSteps.tsx';
import { UndoBar } from '../components/UndoBar.tsx';
import { useUndo } from '../hooks/useUndo.ts';

const readAhead = (to: string) => {
  preloadScreen(to);
  readRouteAhead(to);
};

/** The main screen: log care, notice care, and see the last days together. */
export function CircleScreen({ circleId }: { readonly circleId: string }) {
  const {
    state,
    refresh,
    more,
    notice,
    unnotice,
    question,
    unquestion,
    change,
    remove,
    refreshError,
  } = useCircleData(circleId);
  const undo = useUndo();
  const { setCurrentCircle } = useSession();
  const circle = state.status === 'ready' ? state.data.circle : undefined;
  const missing = state.status === 'failed' && isApiError(state.error, 'not_found');

  // Practice balance is the likely next screen: its code (with the chart library) and its data
  // start loading once the circle is on screen.
  const shown = circle !== undefined;
  useEffect(() => {
    if (shown) readAhead(paths.dashboard(circleId));
  }, [shown, circleId]);

  useEffect(() => {
    if (circle) setCurrentCircle({ id: circle.id, name: circle.name, kind: circle.kind });
    else if (missing) setCurrentCircle(null);
  }, [circle, missing, setCurrentCircle]);

  if (state.status === 'loading') return <ScreenSkeleton layout="circle" />;
  if (state.status === 'failed') return <CircleUnavailable error={state.error} missing={missing} />;

  const { data } = state;
  const others = otherMembers(data.circle);
  const full =
    data.circle.kind === 'couple' &&
    data.circle.members.length + data.circle.pendingMembers.length >= 2;
  const invite = full ? null : <InvitePanel circleId={data.circle.id} />;
  /** Nothing logged yet: the next steps stand where the summary would have nothing to say. */
  const quiet =
    data.given.length === 0 &&
    data.received.length === 0 &&
    data.summary.pairs.every((pair) => pair.acts === 0);
  const requests = (
    <JoinRequests
      circleId={data.circle.id}
      requests={data.circle.pendingMembers}
      onChanged={() => void refresh()}
    />
  );
  return (
    <div className="circle-screen">
      <header className="circle-header">
        <ScreenTitle>{data.circle.name}</ScreenTitle>
        <p className="muted with-icon">
          <Icon name={data.circle.kind} size={20} />
          {kindLabel(data.circle.kind)} ·{' '}
          {others.length > 0
            ? t('circle.members', { names: others.map((m) => m.name).join(', ') })
            : t('circle.alone')}
        </p>
      </header>
      <Alert message={refreshError === undefined ? undefined : describeError(refreshError)} />
      <div className="circle-grid">
        <div className="circle-main">
          {requests}
          <LogCare circle={data.circle} onLogged={() => void refresh()} offerUndo={undo.offer} />
          {/* Next in the reading order after logging, shown at the foot of the screen. */}
          <UndoBar state={undo} />
          <TodayCard circle={data.circle} />
          {others.length === 0 && invite}
          <ActivityLists
            data={data}
            onMore={more}
            onNotice={notice}
            onUnnotice={unnotice}
            offerUndo={undo.offer}
            onQuestion={question}
            onUnquestion={unquestion}
            onChange={change}
            onRemove={remove}
          />
        </div>
        <div className="circle-side">
          {quiet ? (
            <NextSteps circle={data.circle} onCircleHome />
          ) : (
            <SummaryPanel circle={data.circle} summary={data.summary} />
          )}
          {others.length > 0 && invite}
          <MembersPanel circle={data.circle} onChanged={() => void refresh()} />
        </div>
      </div>
    </div>
  );
}
