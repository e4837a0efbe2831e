import { useId } from 'react';
import type { FormOfCare } from '@recipro/core';
import { formHint, formLabel } from '../care.ts';
import { Icon } from '../components/Icon.tsx';

interface FormOfCareButtonProps {
  readonly form: FormOfCare;
  readonly busy: boolean;
  /** Just logged: the icon turns into a check for a moment. */
  readonly logged: boolean;
  readonly onChoose: () => void;
}

/** One tap target: logs this form of care. Its name is the label; the hint describes it. */
export function FormOfCareButton({ form, busy, logged, onChoose }: FormOfCareButtonProps) {
  const hintId = useId();
  return (
    <button
      type="button"
      className={logged ? 'form-button logged' : 'form-button'}
      aria-label={formLabel(form)}
      aria-describedby={hintId}
      aria-busy={busy || undefined}
      onClick={onChoose}
    >
      <span className="form-icon">
        <Icon name={logged ? 'check' : form} />
      </span>
      <span className="form-label" aria-hidden="true">
        {formLabel(form)}
      </span>
      <span id={hintId} className="form-hint">
        {formHint(form)}
      </span>
    </button>
  );
}
