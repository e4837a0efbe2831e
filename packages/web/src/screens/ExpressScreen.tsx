import type { CircleDetail } from '../api.ts';
import {
  deleteNeed,
  getPrompts,
  listNeeds,
  setNeedShared,
  thankNeed,
  unthankNeed,
  type Need,
} from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { wordedList } from '../cycle/prompt-text.ts';
import { NeedForm } from '../cycle/NeedForm.tsx';
import { NeedList } from '../cycle/NeedList.tsx';
import { StepHeader } from '../components/StepHeader.tsx';
import { appendPage } from '../hooks/usePages.ts';
import { useRemote } from '../hooks/useRemote.ts';
import { ValuesConversation } from '../cycle/ValuesConversation.tsx';
import { describeError } from '../errors.ts';
import { GuideLinks } from '../components/GuideLinks.tsx';
import { t } from '../i18n/index.ts';
import { memberNamer } from '../components/names.ts';
import { UndoBar } from '../components/UndoBar.tsx';
import { useUndo } from '../hooks/useUndo.ts';

async function read(circleId: string) {
  const [prompts, page] = await Promise.all([getPrompts(), listNeeds(circleId)]);
  return { starters: prompts.needsStarters, needs: page.needs, next: page.next };
}

/**
 * Express: say needs without blame, share them or take them back, thank others for theirs, and
 * the values conversation.
 */
export function ExpressScreen({ circle }: { readonly circle: CircleDetail }) {
  const { state, update } = useRemote(() => read(circle.id), circle.id);
  const put = (need: Need) =>
    update((data) => ({
      ...data,
      needs: data.needs.some((n) => n.id === need.id)
        ? data.needs.map((n) => (n.id === need.id ? need : n))
        : [need, ...data.needs],
    }));
  const next = state.status === 'ready' ? state.data.next : null;
  const more = async () => {
    if (next === null) return;
    const page = await listNeeds(circle.id, { before: next });
    update((data) =>
      data.next === next
        ? { ...data, needs: appendPage(data.needs, page.needs, (n) => n.id), next: page.next }
        : data,
    );
  };
  const undo = useUndo();
  const thank = async (need: Need) => {
    put(await thankNeed(circle.id, need.id));
    undo.offer({
      message: t('needs.thanked', { name: memberNamer(circle)(need.authorMemberId) }),
      undone: t('undo.thanked.undone'),
      undo: async () => put(await unthankNeed(circle.id, need.id)),
    });
  };
  const share = async (need: Need, shared: boolean) =>
    put(await setNeedShared(circle.id, need.id, shared));
  const remove = async (need: Need) => {
    await deleteNeed(circle.id, need.id);
    update((data) => ({ ...data, needs: data.needs.filter((n) => n.id !== need.id) }));
  };

  return (
    <div className="cycle-screen">
      <StepHeader title={t('express.title')} circle={circle} intro={t('express.intro')} />
      <GuideLinks place="express" />
      {state.status === 'loading' && <SkeletonList rows={2} />}
      {state.status === 'failed' && <Alert message={describeError(state.error)} />}
      {state.status === 'ready' && (
        <div className="cycle-grid">
          <NeedForm
            circleId={circle.id}
            starters={wordedList('needsStarter', state.data.starters, circle.kind)}
            onSaved={put}
          />
          <NeedList
            circle={circle}
            needs={state.data.needs}
            next={state.data.next}
            onMore={more}
            onThank={thank}
            onShare={share}
            onDelete={remove}
          />
          <UndoBar state={undo} />
          <ValuesConversation circle={circle} />
        </div>
      )}
    </div>
  );
}
