import { inReadersWords } from '../cycle/instrument-words.ts';
import type { CircleDetail } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { Link } from '../components/Link.tsx';
import { ScreenSkeleton } from '../components/Skeleton.tsx';
import { AnswerForm } from '../cycle/AnswerForm.tsx';
import { areaLabel } from '../cycle/areas.ts';
import { OwnTrend } from '../cycle/OwnTrend.tsx';
import { RevealAnswers } from '../cycle/RevealAnswers.tsx';
import { cyclePaths } from '../router/cycle.ts';
import { StepHeader } from '../components/StepHeader.tsx';
import { SupportPanel } from '../cycle/SupportPanel.tsx';
import { TalkAbout } from '../cycle/TalkAbout.tsx';
import { useCheckin } from '../cycle/useCheckin.ts';
import { Waiting } from '../cycle/Waiting.tsx';
import { describeError, isApiError } from '../errors.ts';
import { t } from '../i18n/index.ts';

/** One check-in: answer it alone, wait for the others, then see the answers side by side. */
export function CheckinDetailScreen({
  circle,
  checkinId,
}: {
  readonly circle: CircleDetail;
  readonly checkinId: string;
}) {
  const { state, reloadError, answered } = useCheckin(circle.id, checkinId);
  const back = (
    <p>
      <Link to={cyclePaths.step(circle.id, 'checkin')}>{t('checkin.back')}</Link>
    </p>
  );
  const header = (
    <StepHeader title={t('checkin.title')} circle={circle} intro={t('checkin.intro')} />
  );
  if (state.status === 'loading') return <ScreenSkeleton layout="cards" />;
  if (state.status === 'failed') {
    return (
      <div className="cycle-screen">
        {header}
        <Alert
          message={
            isApiError(state.error, 'not_found')
              ? t('checkin.notFound')
              : describeError(state.error)
          }
        />
        {back}
      </div>
    );
  }
  const { checkin, history } = state.data;
  const instrument = inReadersWords(state.data.instrument, circle.kind);
  const revealed = checkin.status !== 'open';
  const latestMine = history.checkins.find(
    (c) => c.instrument === checkin.instrument && c.answeredByMe,
  );
  const trend = history.trends[checkin.instrument]?.latest ?? null;
  return (
    <div className="cycle-screen">
      {header}
      {back}
      <Alert message={reloadError === undefined ? undefined : describeError(reloadError)} />
      <div className="cycle-grid">
        {checkin.showSupport && <SupportPanel />}
        {!revealed && !checkin.mine && (
          <AnswerForm
            circleId={circle.id}
            checkinId={checkin.id}
            instrument={instrument}
            onAnswered={answered}
          />
        )}
        {!revealed && checkin.mine && (
          <Waiting
            circleId={circle.id}
            checkinId={checkin.id}
            remaining={checkin.memberCount - checkin.answeredCount}
            openedByMe={checkin.openedByMe}
            closableByMe={checkin.closableByMe}
            closableFrom={checkin.closableFrom}
            onClosed={answered}
          />
        )}
        {revealed && !checkin.mine && <p className="card">{t('checkin.reveal.closedBeforeYou')}</p>}
        {revealed && checkin.results && (
          <RevealAnswers circle={circle} instrument={instrument} results={checkin.results} />
        )}
        {revealed && latestMine?.id === checkin.id && !checkin.showSupport && instrument.total && (
          <OwnTrend latest={trend} />
        )}
        {revealed && (
          <TalkAbout
            title={t('checkin.talk.title')}
            intro={t('checkin.talk.intro')}
            topics={(checkin.thingsToTalkAbout ?? []).map(areaLabel(circle.kind))}
          />
        )}
      </div>
    </div>
  );
}
