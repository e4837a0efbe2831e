import {
  FREQUENCIES,
  RESPONSIBILITY_AREAS,
  type Effort,
  type Frequency,
  type ResponsibilityArea,
} from '@recipro/core';
import { useState } from 'react';
import { createResponsibility } from '../api-load.ts';
import { Field } from '../components/Field.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { t } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { areaLabel, effortLabel, frequencyLabel } from './labels.ts';
import { useAction } from '../hooks/useAction.ts';

const EFFORTS: readonly Effort[] = [1, 2, 3];

/** Adds a responsibility of the circle's own, unowned until someone takes it. */
export function AddOwnForm({
  circleId,
  onChanged,
}: {
  readonly circleId: string;
  readonly onChanged: () => Promise<void>;
}) {
  const [title, setTitle] = useState('');
  const [area, setArea] = useState<ResponsibilityArea>('home');
  const [frequency, setFrequency] = useState<Frequency>('weekly');
  const [effort, setEffort] = useState<Effort>(2);
  const [titleError, setTitleError] = useState<string>();
  const { busy, done, error, run } = useAction();

  const submit = async () => {
    const trimmed = title.trim();
    if (!trimmed) {
      setTitleError(t('load.own.titleRequired'));
      return;
    }
    setTitleError(undefined);
    const ok = await run(
      async () => {
        await createResponsibility(circleId, { title: trimmed, area, frequency, effort });
        await onChanged();
      },
      t('load.own.added', { title: trimmed }),
    );
    if (ok) setTitle('');
  };

  return (
    <div>
      <details className="more card-more">
        <summary>{t('load.own.open')}</summary>
        <form
          className="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Field
            label={t('load.own.name')}
            value={title}
            maxLength={200}
            error={titleError}
            onChange={(event) => setTitle(event.target.value)}
          />
          <div className="field-row">
            <SelectField
              label={t('load.own.area')}
              value={area}
              options={RESPONSIBILITY_AREAS.map((value) => ({ value, label: areaLabel(value) }))}
              onChange={setArea}
            />
            <SelectField
              label={t('load.own.frequency')}
              value={frequency}
              options={FREQUENCIES.map((value) => ({ value, label: frequencyLabel(value) }))}
              onChange={setFrequency}
            />
          </div>
          <fieldset className="chips">
            <legend>{t('load.own.effort')}</legend>
            {EFFORTS.map((value) => (
              <label key={value} className="chip">
                <input
                  type="radio"
                  name="own-effort"
                  checked={effort === value}
                  onChange={() => setEffort(value)}
                />
                {effortLabel(value)}
              </label>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit" className="secondary" disabled={busy}>
              {t('load.own.add')}
            </button>
          </div>
        </form>
      </details>
      <Feedback done={done} error={error} />
    </div>
  );
}
