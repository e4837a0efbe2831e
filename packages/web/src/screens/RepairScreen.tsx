import { useId, useRef } from 'react';
import type { CircleDetail } from '../api.ts';
import {
  listRuptures,
  removeRuptureNote,
  repairRupture,
  resetRupture,
  type Rupture,
} from '../api-cycle.ts';
import { memberNamer } from '../components/names.ts';
import { Alert } from '../components/Alert.tsx';
import { Empty } from '../components/Empty.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { RepairShares } from '../cycle/RepairShares.tsx';
import { ResetNow } from '../cycle/ResetNow.tsx';
import { RuptureForm } from '../cycle/RuptureForm.tsx';
import { RuptureItem } from '../cycle/RuptureItem.tsx';
import { StepHeader } from '../components/StepHeader.tsx';
import { usePages } from '../hooks/usePages.ts';
import { ShowMore } from '../components/ShowMore.tsx';
import { describeError } from '../errors.ts';
import { GuideLinks } from '../components/GuideLinks.tsx';
import { t } from '../i18n/index.ts';
import '../components/lists.css';

/**
 * Repair: log a hard moment, one-tap "Let's reset", mark repaired, who reaches out, and removing
 * the note of a moment one logged.
 */
export function RepairScreen({ circle }: { readonly circle: CircleDetail }) {
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  const { state, update, reload, reloadError, more } = usePages(
    (cursor) => listRuptures(circle.id, cursor),
    (page) => page.ruptures,
    (rupture) => rupture.id,
    circle.id,
  );
  const changed = () => void reload();
  const reset = async (rupture: Rupture) => {
    await resetRupture(circle.id, rupture.id);
    await reload();
  };
  const repaired = async (rupture: Rupture) => {
    await repairRupture(circle.id, rupture.id);
    await reload();
  };
  const removeNote = async (rupture: Rupture) => {
    const updated = await removeRuptureNote(circle.id, rupture.id);
    update((data) => ({
      ...data,
      items: data.items.map((r) => (r.id === updated.id ? updated : r)),
    }));
  };
  const nameOf = memberNamer(circle);

  return (
    <div className="cycle-screen">
      <StepHeader title={t('repair.title')} circle={circle} intro={t('repair.intro')} />
      <GuideLinks place="repair" />
      <ResetNow circleId={circle.id} onReset={changed} />
      <Alert message={reloadError === undefined ? undefined : describeError(reloadError)} />
      <div className="cycle-grid">
        {state.status === 'loading' && <SkeletonList rows={2} />}
        {state.status === 'failed' && <Alert message={describeError(state.error)} />}
        {state.status === 'ready' && (
          <section className="card" aria-labelledby={`${id}-list`}>
            <h2 id={`${id}-list`}>{t('repair.list.title')}</h2>
            {state.data.items.length === 0 ? (
              <Empty>{t('repair.list.empty')}</Empty>
            ) : (
              <ul ref={list} className="entry-list">
                {state.data.items.map((rupture) => (
                  <RuptureItem
                    key={rupture.id}
                    rupture={rupture}
                    me={circle.myMemberId}
                    nameOf={nameOf}
                    onReset={reset}
                    onRepaired={repaired}
                    onRemoveNote={removeNote}
                  />
                ))}
              </ul>
            )}
            <ShowMore next={state.data.next} onMore={more} list={list} />
          </section>
        )}
        {state.status === 'ready' && (
          <RepairShares circle={circle} stats={state.data.first.stats} />
        )}
        <RuptureForm circleId={circle.id} onLogged={changed} />
      </div>
    </div>
  );
}
