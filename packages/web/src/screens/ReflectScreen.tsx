import type { CircleKind } from '@recipro/core';
import type { CircleDetail } from '../api.ts';
import { deleteReflection, getPrompts, listReflections, type Reflection } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { Icon } from '../components/Icon.tsx';
import { Loading } from '../components/Loading.tsx';
import { ReflectionForm } from '../cycle/ReflectionForm.tsx';
import { ReflectionList } from '../cycle/ReflectionList.tsx';
import { StepHeader } from '../cycle/StepHeader.tsx';
import { useLoad } from '../cycle/useLoad.ts';
import { describeError } from '../errors.ts';
import { GuideLinks } from '../guides/GuideLinks.tsx';
import { t } from '../i18n/index.ts';

async function load(circleId: string, kind: CircleKind) {
  const [prompts, reflections] = await Promise.all([getPrompts(kind), listReflections(circleId)]);
  return { prompts: prompts.reflection, reflections };
}

/**
 * Reflect: private prompts and the member's own reflections, which only they can read and
 * which they may delete.
 */
export function ReflectScreen({ circle }: { readonly circle: CircleDetail }) {
  const { state, setState } = useLoad(() => load(circle.id, circle.kind), circle.id);
  const remove = async (reflection: Reflection) => {
    await deleteReflection(circle.id, reflection.id);
    setState((now) =>
      now.status === 'ready'
        ? {
            status: 'ready',
            data: {
              ...now.data,
              reflections: now.data.reflections.filter((r) => r.id !== reflection.id),
            },
          }
        : now,
    );
  };
  return (
    <div className="cycle-screen">
      <StepHeader title={t('reflect.title')} circle={circle} intro={t('reflect.private.more')} />
      <GuideLinks place="reflect" />
      <p className="privacy">
        <Icon name="respect" size={22} />
        {t('reflect.private')}
      </p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <Alert message={describeError(state.error)} />}
      {state.status === 'ready' && (
        <div className="cycle-grid">
          <ReflectionForm
            circleId={circle.id}
            prompts={state.data.prompts}
            onWritten={(reflection) =>
              setState((now) =>
                now.status === 'ready'
                  ? {
                      status: 'ready',
                      data: { ...now.data, reflections: [reflection, ...now.data.reflections] },
                    }
                  : now,
              )
            }
          />
          <ReflectionList
            reflections={state.data.reflections}
            prompts={state.data.prompts}
            onDelete={remove}
          />
        </div>
      )}
    </div>
  );
}
