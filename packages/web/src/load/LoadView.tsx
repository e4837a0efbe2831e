import type { CircleDetail } from '../api.ts';
import { memberNamer, otherMembers } from '../components/names.ts';
import { Alert } from '../components/Alert.tsx';
import { Empty } from '../components/Empty.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { HandoversPanel } from './HandoversPanel.tsx';
import { Inventory } from './Inventory.tsx';
import '../components/together.css';
import { PerceivedPanel } from './PerceivedPanel.tsx';
import { SharesPanel } from './SharesPanel.tsx';
import { SuggestionsPanel } from './SuggestionsPanel.tsx';
import { TogetherHeader } from '../components/TogetherHeader.tsx';
import { useLoadData } from './useLoadData.ts';
import { UndoBar } from '../components/UndoBar.tsx';
import { useUndo } from '../hooks/useUndo.ts';

/**
 * Share the load: the circle's responsibilities with an owner per stage, how the load is shared
 * (the invisible stages apart from the doing), what each feels they carry, and gentle hand-overs.
 */
export function LoadView({ circle }: { readonly circle: CircleDetail }) {
  const { state, reload } = useLoadData(circle.id, circle.kind);
  // One undo bar for the screen: a responsibility taken, or a hand-over answered.
  const undo = useUndo();
  const nameOf = memberNamer(circle);
  const alone = otherMembers(circle).length === 0;
  const header = (
    <TogetherHeader
      page="load"
      title={t('load.title')}
      intro={t(`load.intro.${circle.kind}`)}
      circle={circle}
    />
  );
  if (state.status === 'loading')
    return (
      <div className="together">
        {header}
        <SkeletonList rows={2} />
      </div>
    );
  if (state.status === 'failed')
    return (
      <div className="together">
        {header}
        <Alert message={describeError(state.error)} />
      </div>
    );
  const { responsibilities, load, handovers, catalogue } = state.data;
  return (
    <div className="together">
      {header}
      {alone && <Empty>{t('load.alone')}</Empty>}
      <div className="together-grid">
        <div className="together-main">
          <Inventory
            circle={circle}
            responsibilities={responsibilities}
            catalogue={catalogue}
            handovers={handovers}
            nameOf={nameOf}
            onChanged={reload}
            offerUndo={undo.offer}
          />
          <UndoBar state={undo} />
        </div>
        <div className="together-side">
          <SharesPanel load={load} me={circle.myMemberId} />
          <HandoversPanel
            circle={circle}
            handovers={handovers}
            responsibilities={responsibilities}
            nameOf={nameOf}
            onChanged={reload}
            offerUndo={undo.offer}
          />
          <SuggestionsPanel
            circle={circle}
            suggestions={load.suggestions}
            responsibilities={responsibilities}
            handovers={handovers}
            nameOf={nameOf}
            onChanged={reload}
          />
          <PerceivedPanel circle={circle} load={load} onChanged={reload} />
        </div>
      </div>
    </div>
  );
}
