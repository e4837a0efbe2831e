import { useEffect, useState } from 'react';
import type { BalanceWindow } from '../api-balance.ts';
import { memberNamer, otherMembers } from '../components/names.ts';
import { Alert } from '../components/Alert.tsx';
import { Link } from '../components/Link.tsx';
import { ScreenSkeleton, SkeletonCard } from '../components/Skeleton.tsx';
import { FIRST_BALANCE_WINDOW } from '../queries.ts';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { CareLanguagesEditor } from './CareLanguagesEditor.tsx';
import './dashboard.css';
import { InsightsPanel } from './InsightsPanel.tsx';
import { periodPhrase } from './labels.ts';
import { MatrixPanel } from './MatrixPanel.tsx';
import { PairsSection } from './PairsSection.tsx';
import { SeasonsPanel } from './SeasonsPanel.tsx';
import { useDashboardData } from './useDashboardData.ts';
import { WindowPicker } from './WindowPicker.tsx';
import { describeError, isApiError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { paths } from '../router.ts';
import { useSession } from '../session.ts';
import { CircleUnavailable } from '../components/CircleUnavailable.tsx';
import { NextSteps } from '../components/NextSteps.tsx';

/**
 * Practice balance: how care has flowed in a circle over time, in bands and rhythms, with
 * seasons, insights and the reader's own care languages.
 */
export function DashboardView({ circleId }: { readonly circleId: string }) {
  const [window, setWindow] = useState<BalanceWindow>(FIRST_BALANCE_WINDOW);
  const { base, view, viewError, loading, reload, version } = useDashboardData(circleId, window);
  const { setCurrentCircle } = useSession();
  const circle = base.status === 'ready' ? base.data.circle : undefined;
  const missing = base.status === 'failed' && isApiError(base.error, 'not_found');

  useEffect(() => {
    if (circle) setCurrentCircle({ id: circle.id, name: circle.name, kind: circle.kind });
    else if (missing) setCurrentCircle(null);
  }, [circle, missing, setCurrentCircle]);

  if (base.status === 'loading') return <ScreenSkeleton layout="dashboard" />;
  if (base.status === 'failed') return <CircleUnavailable error={base.error} missing={missing} />;

  const nameOf = memberNamer(base.data.circle);
  const alone = otherMembers(base.data.circle).length === 0;
  return (
    <div className="dashboard">
      <header className="circle-header">
        <ScreenTitle>{t('balance.title')}</ScreenTitle>
        <p className="muted">
          <Link to={paths.circle(base.data.circle.id)}>
            {t('balance.backToCircle', { name: base.data.circle.name })}
          </Link>
        </p>
      </header>
      {alone || !base.data.anyAct ? (
        <div className="stack-lg narrow">
          <NextSteps circle={base.data.circle} onCircleHome={false} />
          <CareLanguagesEditor />
        </div>
      ) : (
        <>
          <WindowPicker value={window} onChange={setWindow} />
          <Alert message={viewError === undefined ? undefined : describeError(viewError)} />
          <div className="dashboard-grid">
            <div className="dashboard-main">
              {view ? (
                <PairsSection
                  circle={base.data.circle}
                  view={view}
                  window={window}
                  seasons={base.data.seasons.filter((s) => s.status === 'active')}
                  version={version}
                  updating={loading}
                />
              ) : (
                <SkeletonCard lines={1} tall />
              )}
              {view && base.data.circle.members.length > 2 && (
                <MatrixPanel
                  view={view}
                  me={base.data.circle.myMemberId}
                  period={periodPhrase(view.window)}
                />
              )}
            </div>
            <div className="dashboard-side">
              {view && (
                <InsightsPanel
                  insights={view.insights}
                  window={view.window}
                  circleKind={base.data.circle.kind}
                  nameOf={nameOf}
                  me={base.data.circle.myMemberId}
                />
              )}
              <SeasonsPanel
                circle={base.data.circle}
                seasons={base.data.seasons}
                onChanged={reload}
              />
              <CareLanguagesEditor />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
