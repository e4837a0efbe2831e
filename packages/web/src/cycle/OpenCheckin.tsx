import { useId, useState, type FormEvent } from 'react';
import { instrumentsFor, type CircleKind, type InstrumentId } from '@recipro/core';
import { openCheckin } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { navigate } from '../router.ts';
import { cyclePaths } from '../router/cycle.ts';

/** Starts a check-in for the circle with the chosen questions, then opens it to answer. */
export function OpenCheckin({
  circleId,
  kind,
}: {
  readonly circleId: string;
  readonly kind: CircleKind;
}) {
  const id = useId();
  // Only what a circle of this kind may use: the CSI is for couples.
  const choices = instrumentsFor(kind);
  const [instrument, setInstrument] = useState<InstrumentId>(choices[0]!);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(undefined);
    try {
      const checkin = await openCheckin(circleId, instrument);
      navigate(cyclePaths.checkin(circleId, checkin.id));
    } catch (failure) {
      setError(describeError(failure));
      setPending(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('checkin.open.title')}</h2>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <fieldset className="option-list">
          <legend>{t('checkin.open.choose')}</legend>
          {choices.map((choice) => (
            <label key={choice} className="option">
              <input
                type="radio"
                name={`${id}-instrument`}
                value={choice}
                checked={instrument === choice}
                onChange={() => setInstrument(choice)}
              />
              <span className="option-text">
                <span className="option-label">{t(`checkin.open.${choice}`)}</span>
                <span className="hint">{t(`checkin.open.${choice}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('checkin.open.pending') : t('checkin.open.submit')}
        </button>
        <Alert message={error} />
      </form>
    </section>
  );
}
