import { BALANCE_WINDOWS, type BalanceWindow } from '../api-balance.ts';
import { t } from '../i18n/index.ts';
import { windowLabel } from './labels.ts';

interface WindowPickerProps {
  readonly value: BalanceWindow;
  readonly onChange: (window: BalanceWindow) => void;
}

/** Which stretch of time the dashboard reads: 7, 30 or 90 days, or fading memory. */
export function WindowPicker({ value, onChange }: WindowPickerProps) {
  return (
    <fieldset className="choices window-picker" aria-describedby="window-hint">
      <legend>{t('balance.window.legend')}</legend>
      {BALANCE_WINDOWS.map((option) => (
        <label key={option} className="choice">
          <input
            type="radio"
            name="balance-window"
            value={String(option)}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {windowLabel(option)}
        </label>
      ))}
      <p id="window-hint" className="hint">
        {t('balance.window.decay.hint')}
      </p>
    </fieldset>
  );
}
