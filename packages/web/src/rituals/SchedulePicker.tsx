import { useId } from 'react';
import { t } from '../i18n/index.ts';
import { WEEKDAYS, type Often, type Schedule, type Weekday } from './schedule.ts';

const OFTEN: readonly Often[] = ['daily', 'weekly', 'monthly'];

interface SchedulePickerProps {
  readonly value: Schedule;
  readonly onChange: (next: Schedule) => void;
  readonly daysError?: string | undefined;
}

/** How often a ritual comes round: every day, on chosen weekdays, or a day each month. */
export function SchedulePicker({ value, onChange, daysError }: SchedulePickerProps) {
  // Several pickers may share a page (a new ritual and one being changed): ids stay apart.
  const id = useId();
  const daysErrorId = `${id}-days-error`;
  const monthDayId = `${id}-month-day`;
  const pick = (often: Often) => {
    if (often === value.often) return;
    if (often === 'daily') onChange({ often });
    else if (often === 'weekly') onChange({ often, days: ['SU'] });
    else onChange({ often, monthDay: 1 });
  };
  const toggleDay = (day: Weekday, on: boolean) => {
    if (value.often !== 'weekly') return;
    const days = on ? [...value.days, day] : value.days.filter((d) => d !== day);
    onChange({ often: 'weekly', days });
  };
  return (
    <>
      <fieldset className="chips">
        <legend>{t('rituals.new.often')}</legend>
        {OFTEN.map((often) => (
          <label key={often} className="chip">
            <input
              type="radio"
              name={`${id}-often`}
              checked={value.often === often}
              onChange={() => pick(often)}
            />
            {t(`rituals.new.${often}`)}
          </label>
        ))}
      </fieldset>
      {value.often === 'weekly' && (
        <fieldset
          className="chips"
          aria-invalid={daysError ? true : undefined}
          aria-describedby={daysError ? daysErrorId : undefined}
        >
          <legend>{t('rituals.new.days')}</legend>
          {WEEKDAYS.map((day) => (
            <label key={day} className="chip">
              <input
                type="checkbox"
                checked={value.days.includes(day)}
                onChange={(event) => toggleDay(day, event.target.checked)}
              />
              {t(`rituals.day.${day}`)}
            </label>
          ))}
          {daysError && (
            <p id={daysErrorId} className="field-error">
              {daysError}
            </p>
          )}
        </fieldset>
      )}
      {value.often === 'monthly' && (
        <div className="field">
          <label htmlFor={monthDayId}>{t('rituals.new.monthDay')}</label>
          <p id={`${monthDayId}-hint`} className="hint">
            {t('rituals.new.monthDayHint')}
          </p>
          <input
            id={monthDayId}
            className="short-input"
            type="number"
            min={1}
            max={28}
            value={value.monthDay}
            aria-describedby={`${monthDayId}-hint`}
            onChange={(event) => {
              const day = Math.min(28, Math.max(1, Math.round(Number(event.target.value) || 1)));
              onChange({ often: 'monthly', monthDay: day });
            }}
          />
        </div>
      )}
    </>
  );
}
