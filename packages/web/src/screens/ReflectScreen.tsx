import type { CircleDetail } from '../api.ts';
import { deleteReflection, getPrompts, listReflections, type Reflection } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { Icon } from '../components/Icon.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { wordedList } from '../cycle/prompt-text.ts';
import { ReflectionForm } from '../cycle/ReflectionForm.tsx';
import { ReflectionList } from '../cycle/ReflectionList.tsx';
import { StepHeader } from '../components/StepHeader.tsx';
import { appendPage } from '../hooks/usePages.ts';
import { useRemote } from '../hooks/useRemote.ts';
import { describeError } from '../errors.ts';
import { GuideLinks } from '../components/GuideLinks.tsx';
import { t } from '../i18n/index.ts';

async function read(circleId: string) {
  const [prompts, page] = await Promise.all([getPrompts(), listReflections(circleId)]);
  return { prompts: prompts.reflection, reflections: page.reflections, next: page.next };
}

/**
 * Reflect: private prompts and the member's own reflections, which only they can read and
 * which they may delete.
 */
export function ReflectScreen({ circle }: { readonly circle: CircleDetail }) {
  const { state, update } = useRemote(() => read(circle.id), circle.id);
  const next = state.status === 'ready' ? state.data.next : null;
  const more = async () => {
    if (next === null) return;
    const page = await listReflections(circle.id, { before: next });
    update((data) =>
      data.next === next
        ? {
            ...data,
            reflections: appendPage(data.reflections, page.reflections, (r) => r.id),
            next: page.next,
          }
        : data,
    );
  };
  const remove = async (reflection: Reflection) => {
    await deleteReflection(circle.id, reflection.id);
    update((data) => ({
      ...data,
      reflections: data.reflections.filter((r) => r.id !== reflection.id),
    }));
  };
  const prompts =
    state.status === 'ready' ? wordedList('reflectionPrompt', state.data.prompts, circle.kind) : [];
  return (
    <div className="cycle-screen">
      <StepHeader title={t('reflect.title')} circle={circle} intro={t('reflect.private.more')} />
      <GuideLinks place="reflect" />
      <p className="privacy">
        <Icon name="respect" size={22} />
        {t('reflect.private')}
      </p>
      {state.status === 'loading' && <SkeletonList rows={2} />}
      {state.status === 'failed' && <Alert message={describeError(state.error)} />}
      {state.status === 'ready' && (
        <div className="cycle-grid">
          <ReflectionForm
            circleId={circle.id}
            prompts={prompts}
            onWritten={(reflection) =>
              update((data) => ({ ...data, reflections: [reflection, ...data.reflections] }))
            }
          />
          <ReflectionList
            reflections={state.data.reflections}
            next={state.data.next}
            onMore={more}
            prompts={prompts}
            onDelete={remove}
          />
        </div>
      )}
    </div>
  );
}
