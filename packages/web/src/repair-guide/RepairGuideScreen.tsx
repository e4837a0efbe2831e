import { useEffect, useState } from 'react';
import type { CircleDetail } from '../api.ts';
import { listRuptures, type Rupture } from '../api-cycle.ts';
import { everyPage } from '../api/pages.ts';
import { Alert } from '../components/Alert.tsx';
import { Link } from '../components/Link.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { cyclePaths } from '../router/cycle.ts';
import { StepHeader } from '../components/StepHeader.tsx';
import { useRemote } from '../hooks/useRemote.ts';
import { describeError } from '../errors.ts';
import { formatDateTime, t } from '../i18n/index.ts';
import { SupportCard } from '../components/SupportCard.tsx';
import { getGuide, type RepairGuide } from './api.ts';
import { GuideAgreements } from './GuideAgreements.tsx';
import { GuideReveal } from './GuideReveal.tsx';
import { GuideWaiting } from './GuideWaiting.tsx';
import { GuideWizard } from './GuideWizard.tsx';
import { RepairedForMe } from './RepairedForMe.tsx';
import './repair-guide.css';

/** How often a waiting guide, or one whose agreements are still open, asks what changed. */
const POLL_MS = 4000;

async function load(circleId: string, ruptureId: string) {
  const [guide, pages] = await Promise.all([
    getGuide(circleId, ruptureId),
    everyPage((cursor) => listRuptures(circleId, cursor)),
  ]);
  const rupture = pages.flatMap((page) => page.ruptures).find((r) => r.id === ruptureId);
  return { guide, rupture };
}

/**
 * "Talk it through": the guided repair of one hard moment. Answer alone, wait for the others,
 * then read everyone's answers together and agree on one small thing.
 */
export function RepairGuideScreen({
  circle,
  ruptureId,
}: {
  readonly circle: CircleDetail;
  readonly ruptureId: string;
}) {
  const { state, update, reload, reloadError } = useRemote(
    () => load(circle.id, ruptureId),
    `${circle.id}/${ruptureId}/guide`,
  );
  const [editing, setEditing] = useState(false);
  const ready = state.status === 'ready' ? state.data : undefined;
  const guide = ready?.guide;
  const waiting = guide?.status === 'open' && guide.mine?.finishedAt != null && !editing;
  const agreeing = guide?.status === 'revealed' && (guide.agreements ?? []).some((a) => !a.agreed);

  useEffect(() => {
    if (!waiting && !agreeing) return;
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, agreeing, reload]);

  const changed = (next: RepairGuide) => update((data) => ({ ...data, guide: next }));
  const repaired = (rupture: Rupture) => update((data) => ({ ...data, rupture }));

  return (
    <div className="cycle-screen guide-screen">
      <StepHeader title={t('repairGuide.title')} circle={circle} intro={t('repairGuide.intro')} />
      <p className="guide-back">
        {ready?.rupture && (
          <span className="muted">
            {t('repairGuide.moment', { date: formatDateTime(ready.rupture.occurredAt) })}{' '}
          </span>
        )}
        <Link to={cyclePaths.step(circle.id, 'repair')}>{t('repairGuide.back')}</Link>
      </p>
      <Alert message={reloadError === undefined ? undefined : describeError(reloadError)} />
      {state.status === 'loading' && <SkeletonList rows={2} />}
      {state.status === 'failed' && <Alert message={describeError(state.error)} />}
      {guide?.showSupport && <SupportCard />}
      {guide &&
        guide.status === 'open' &&
        (waiting ? (
          <GuideWaiting circle={circle} guide={guide} onChange={() => setEditing(true)} />
        ) : (
          <GuideWizard
            circleId={circle.id}
            ruptureId={ruptureId}
            guide={guide}
            onChange={changed}
            onDone={() => setEditing(false)}
          />
        ))}
      {guide && guide.status === 'revealed' && (
        <>
          <GuideReveal circle={circle} guide={guide} />
          <GuideAgreements circle={circle} guide={guide} onChange={changed} />
          {ready?.rupture && (
            <RepairedForMe
              circleId={circle.id}
              me={circle.myMemberId}
              rupture={ready.rupture}
              onRepaired={repaired}
            />
          )}
        </>
      )}
    </div>
  );
}
