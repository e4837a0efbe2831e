import type { ReactNode } from 'react';
import type { Act } from '../api.ts';
import { effortLabel, formLabel } from '../care.ts';
import { Icon } from '../components/Icon.tsx';
import { formatDateTime, formatRelative, t } from '../i18n/index.ts';
import { SupportCard } from '../components/SupportCard.tsx';
import { Folded } from '../components/Folded.tsx';

interface ActItemProps {
  readonly act: Act;
  /** "From Sam" or "For Sam". */
  readonly who: string;
  readonly children?: ReactNode;
}

/** One act of care in a list: what, who, when, the note, and an action or status. */
export function ActItem({ act, who, children }: ActItemProps) {
  return (
    <li className="act" tabIndex={-1} data-act-id={act.id}>
      <span className="act-icon">
        <Icon name={act.form} />
      </span>
      <div className="act-body">
        <p className="act-title">
          <strong>{formLabel(act.form)}</strong> <span className="muted">· {who}</span>
        </p>
        <p className="act-meta muted">
          <time dateTime={act.at} title={formatDateTime(act.at)}>
            {formatRelative(act.at)}
          </time>{' '}
          · {effortLabel(act.effort)}
          {act.lateEntry && <> · {t('act.lateEntry')}</>}
        </p>
        {act.note && <Folded className="act-note" text={act.note} />}
        {act.showSupport && <SupportCard />}
        {children && <div className="act-status">{children}</div>}
      </div>
    </li>
  );
}
