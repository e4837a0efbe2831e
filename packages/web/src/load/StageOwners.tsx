import { STAGES, type Stage } from '@recipro/core';
import { useId } from 'react';
import type { CircleDetail } from '../api.ts';
import type { Responsibility } from '../api-load.ts';
import { responsibilityTitle } from './titles.ts';
import { t } from '../i18n/index.ts';
import { stageLabel } from './labels.ts';

interface StageOwnersProps {
  readonly circle: CircleDetail;
  readonly item: Responsibility;
  readonly busy: boolean;
  readonly onChange: (stage: Stage, memberId: string | null) => void;
}

const NOBODY = '';

/** One drop-down per stage of a responsibility: who notices, plans, does and follows up. */
export function StageOwners({ circle, item, busy, onChange }: StageOwnersProps) {
  const id = useId();
  return (
    <div className="stage-owners">
      {STAGES.map((stage) => (
        <div className="field" key={stage}>
          <label htmlFor={`${id}-${stage}`}>
            <span className="visually-hidden">
              {t('load.item.stageOwner', {
                stage: stageLabel(stage),
                title: responsibilityTitle(item),
              })}
            </span>
            <span aria-hidden="true">{stageLabel(stage)}</span>
          </label>
          <select
            id={`${id}-${stage}`}
            className="select"
            value={item.owners[stage] ?? NOBODY}
            disabled={busy}
            onChange={(event) => onChange(stage, event.target.value || null)}
          >
            <option value={NOBODY}>{t('load.item.nobody')}</option>
            {circle.members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.id === circle.myMemberId
                  ? `${member.name} (${t('common.you')})`
                  : member.name}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
