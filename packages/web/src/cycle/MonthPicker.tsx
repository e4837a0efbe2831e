import { useId } from 'react';
import { t } from '../i18n/index.ts';
import { currentMonth, isMonth, shiftMonth } from './month.ts';

/** Choose the month to review: a month field, with previous and next beside it. */
export function MonthPicker({
  month,
  onChange,
}: {
  readonly month: string;
  readonly onChange: (month: string) => void;
}) {
  const id = useId();
  const latest = currentMonth();
  return (
    <div className="month-row">
      <div className="field">
        <label htmlFor={`${id}-month`}>{t('review.month')}</label>
        <input
          id={`${id}-month`}
          type="month"
          value={month}
          max={latest}
          onChange={(event) => {
            if (isMonth(event.target.value)) onChange(event.target.value);
          }}
        />
      </div>
      <button type="button" className="secondary" onClick={() => onChange(shiftMonth(month, -1))}>
        {t('review.previous')}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={month >= latest}
        onClick={() => onChange(shiftMonth(month, 1))}
      >
        {t('review.next')}
      </button>
    </div>
  );
}
