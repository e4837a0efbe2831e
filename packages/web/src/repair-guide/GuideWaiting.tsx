import { useId } from 'react';
import type { CircleDetail } from '../api.ts';
import { memberNamer } from '../components/names.ts';
import { andList, t } from '../i18n/index.ts';
import type { RepairGuide } from './api.ts';
import { stillToFinish } from './steps.ts';

/** After finishing, while others still have to: who, that nothing is shared yet, and a way back in. */
export function GuideWaiting({
  circle,
  guide,
  onChange,
}: {
  readonly circle: CircleDetail;
  readonly guide: RepairGuide;
  /** Opens the reader's answers again, to change them before the reveal. */
  readonly onChange: () => void;
}) {
  const id = useId();
  const nameOf = memberNamer(circle);
  const names = andList(stillToFinish(guide, circle.myMemberId).map(nameOf));
  return (
    <section className="card stack guide-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('repairGuide.waiting.title')}</h2>
      <p role="status" className="lead">
        {t('repairGuide.waiting', { names })}
      </p>
      <p className="muted">{t('repairGuide.waiting.body')}</p>
      <button type="button" className="secondary" onClick={onChange}>
        {t('repairGuide.waiting.change')}
      </button>
    </section>
  );
}
