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

/**
 * One tap target: logs this form of care. Its name is the label's text; the hint, shown in the
 * button too, describes it (hidden from the name, so the name is the label alone).
 */
export function FormOfCareButton({ form, busy, logged, onChoose }: FormOfCareButtonProps) {
  const hintId = useId();
  return (
    <button
      type="button"
      className={logged ? 'form-button logged' : 'form-button'}
      aria-describedby={hintId}
      aria-busy={busy || undefined}
      onClick={onChoose}
    >
      <span className="form-icon">
        <Icon name={logged ? 'check' : form} />
      </span>
      <span className="form-label">{formLabel(form)}</span>
      <span id={hintId} className="form-hint" aria-hidden="true">
        {formHint(form)}
      </span>
    </button>
  );
}
