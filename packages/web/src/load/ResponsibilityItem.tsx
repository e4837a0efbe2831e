import { STAGES, type Stage } from '@recipro/core';
import type { CircleDetail } from '../api.ts';
import {
  deleteResponsibility,
  ownResponsibility,
  proposeHandover,
  updateResponsibility,
  type Responsibility,
} from '../api-load.ts';
import { t } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { areaLabel, effortLabel, frequencyLabel, stageLabel } from './labels.ts';
import { StageOwners } from './StageOwners.tsx';
import { useAction } from '../hooks/useAction.ts';

interface ResponsibilityItemProps {
  readonly circle: CircleDetail;
  readonly item: Responsibility;
  readonly nameOf: (memberId: string) => string;
  readonly onChanged: () => Promise<void>;
}

/**
 * One responsibility: who carries each stage, "I'll take this" in one tap, and the stages to
 * split behind a disclosure.
 */
export function ResponsibilityItem({ circle, item, nameOf, onChanged }: ResponsibilityItemProps) {
  const { busy, done, error, run } = useAction();
  const me = circle.myMemberId;
  const allMine = STAGES.every((stage) => item.owners[stage] === me);
  const ownerName = (stage: Stage) => {
    const owner = item.owners[stage];
    if (owner === null) return t('load.item.nobody');
    return owner === me ? t('common.you') : nameOf(owner);
  };

  const take = () =>
    run(
      async () => {
        await ownResponsibility(circle.id, item.id);
        await onChanged();
      },
      t('load.item.taken', { title: item.title }),
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
          t('load.item.updated', { title: item.title }),
        ));
  const remove = () =>
    run(
      async () => {
        await deleteResponsibility(circle.id, item.id);
        await onChanged();
      },
      t('load.item.removed', { title: item.title }),
    );

  return (
    <li className="duty">
      <div className="duty-head">
        <h3 className="duty-title" dir="auto">
          {item.title}
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
        ) : (
          <button type="button" className="primary" disabled={busy} onClick={() => void take()}>
            {t('load.item.take')}
            <span className="visually-hidden">: {item.title}</span>
          </button>
        )}
        <button
          type="button"
          className="link"
          disabled={busy}
          aria-label={t('load.item.removeLabel', { title: item.title })}
          onClick={() => void remove()}
        >
          {t('load.item.remove')}
        </button>
      </div>
      <details className="more">
        <summary>{t('load.item.split')}</summary>
        <StageOwners circle={circle} item={item} busy={busy} onChange={change} />
      </details>
      <Feedback done={done} error={error} />
    </li>
  );
}
