import { STAGES, type Stage } from '@recipro/core';
import type { CircleDetail } from '../api.ts';
import {
  deleteResponsibility,
  ownResponsibility,
  proposeHandover,
  releaseResponsibility,
  updateResponsibility,
  type Responsibility,
} from '../api-load.ts';
import { responsibilityTitle } from './titles.ts';
import { t, tn } from '../i18n/index.ts';
import { ConfirmAction } from '../components/ConfirmAction.tsx';
import { Feedback } from '../components/Feedback.tsx';
import type { UndoOffer } from '../hooks/useUndo.ts';
import { focusAfterRemoval } from '../focus.ts';
import { areaLabel, effortLabel, frequencyLabel, stageLabel } from './labels.ts';
import { StageOwners } from './StageOwners.tsx';
import { useAction } from '../hooks/useAction.ts';

interface ResponsibilityItemProps {
  readonly circle: CircleDetail;
  readonly item: Responsibility;
  /** Whether I have asked for a hand-over of this item that is not answered yet. */
  readonly asked: boolean;
  readonly nameOf: (memberId: string) => string;
  readonly onChanged: () => Promise<void>;
  /** Offers "Undo" after "I'll take this". */
  readonly offerUndo: (offer: UndoOffer) => void;
}

/**
 * One responsibility: who carries each stage, "I'll take this" in one tap, and the stages to
 * split behind a disclosure.
 */
export function ResponsibilityItem({
  circle,
  item,
  asked,
  nameOf,
  onChanged,
  offerUndo,
}: ResponsibilityItemProps) {
  const { busy, done, error, run } = useAction();
  const me = circle.myMemberId;
  const title = responsibilityTitle(item);
  const allMine = STAGES.every((stage) => item.owners[stage] === me);
  /** Stages someone else carries: those move only when they accept a hand-over. */
  const held = STAGES.filter((stage) => ![null, me].includes(item.owners[stage]));
  const holders = [...new Set(held.map((stage) => item.owners[stage]))].filter(
    (owner): owner is string => owner !== null,
  );
  /** Removing is for those it concerns (anyone while nobody carries it), as the API decides. */
  const mayRemove = held.length === 0 || STAGES.some((stage) => item.owners[stage] === me);
  const ownerName = (stage: Stage) => {
    const owner = item.owners[stage];
    if (owner === null) return t('load.item.nobody');
    return owner === me ? t('common.you') : nameOf(owner);
  };

  // "I'll take this" takes only stages nobody carries; "Undo" gives exactly those back.
  const take = async () => {
    const free = STAGES.filter((stage) => item.owners[stage] === null);
    const ok = await run(async () => {
      await ownResponsibility(circle.id, item.id);
      await onChanged();
    }, '');
    if (!ok || free.length === 0) return;
    offerUndo({
      message: t('load.item.taken', { title }),
      undone: t('undo.taken.undone', { title }),
      undo: async () => {
        await releaseResponsibility(circle.id, item.id, free);
        await onChanged();
      },
    });
  };
  // On an item someone else carries: ask them, one hand-over per stage of theirs.
  const ask = () =>
    run(
      async () => {
        for (const stage of held) {
          await proposeHandover(circle.id, { responsibilityId: item.id, stage, toMemberId: me });
        }
        await onChanged();
      },
      tn('load.handover.asked', held.length, { title }),
    );
  // A stage someone carries changes hands only by a hand-over the other accepts.
  const change = (stage: Stage, memberId: string | null) =>
    void (item.owners[stage] !== null && memberId !== null
      ? run(
          async () => {
            await proposeHandover(circle.id, {
              responsibilityId: item.id,
              stage,
              toMemberId: memberId,
            });
            await onChanged();
          },
          t('load.suggest.proposed', {
            name: nameOf(memberId === me ? (item.owners[stage] ?? memberId) : memberId),
          }),
        )
      : run(
          async () => {
            await updateResponsibility(circle.id, item.id, { owners: { [stage]: memberId } });
            await onChanged();
          },
          t('load.item.updated', { title }),
        ));

  return (
    <li className="duty" tabIndex={-1}>
      <div className="duty-head">
        <h3 className="duty-title" dir="auto">
          {title}
        </h3>
        <p className="muted duty-meta">
          {t('load.item.meta', {
            area: areaLabel(item.area),
            frequency: frequencyLabel(item.frequency),
            effort: effortLabel(item.effort),
          })}
        </p>
      </div>
      <dl className="duty-stages" aria-label={t('load.item.owners')}>
        {STAGES.map((stage) => (
          <div key={stage} className={item.owners[stage] === null ? 'unowned' : undefined}>
            <dt>{stageLabel(stage)}</dt>
            <dd>{ownerName(stage)}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        {allMine ? (
          <p className="muted">{t('load.item.allYours')}</p>
        ) : held.length > 0 && asked ? (
          <p className="muted">{t('load.handover.waiting')}</p>
        ) : held.length > 0 ? (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            aria-label={t('load.handover.ask.label', {
              names: holders.map(nameOf).join(', '),
              title,
            })}
            onClick={() => void ask()}
          >
            {t('load.handover.ask')}
          </button>
        ) : (
          <button type="button" className="primary" disabled={busy} onClick={() => void take()}>
            {t('load.item.take')}
            <span className="visually-hidden">: {title}</span>
          </button>
        )}
        {mayRemove && (
          <ConfirmAction
            label={t('load.item.remove')}
            accessibleLabel={t('load.item.removeLabel', { title })}
            consequence={t('confirm.load.remove', { title })}
            confirmLabel={t('confirm.load.remove.yes')}
            pendingLabel={t('common.removing')}
            disabled={busy}
            onConfirm={async (origin) => {
              const refocus = focusAfterRemoval(origin.closest('li'));
              await deleteResponsibility(circle.id, item.id);
              await onChanged();
              refocus();
            }}
          />
        )}
      </div>
      {held.length > 0 && !asked && <p className="muted">{t('load.handover.held')}</p>}
      <details className="more">
        <summary>{t('load.item.split')}</summary>
        <StageOwners circle={circle} item={item} busy={busy} onChange={change} />
      </details>
      <Feedback done={done} error={error} />
    </li>
  );
}
