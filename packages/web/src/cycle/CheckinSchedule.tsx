import { useEffect, useId, useState, type FormEvent } from 'react';
import { instrumentsFor, type CircleKind, type InstrumentId } from '@recipro/core';
import {
  getCheckinSchedule,
  setCheckinSchedule,
  type CheckinSchedule as Schedule,
} from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';

type Cadence = Schedule['cadence'];
const CADENCES: readonly Cadence[] = ['off', 'weekly', 'monthly'];

/** Lets the circle have a check-in open by itself every week or month. */
export function CheckinSchedule({
  circleId,
  kind,
}: {
  readonly circleId: string;
  readonly kind: CircleKind;
}) {
  const id = useId();
  // Only what a circle of this kind may use: the CSI is for couples.
  const choices = instrumentsFor(kind);
  const [cadence, setCadence] = useState<Cadence>('off');
  const [instrument, setInstrument] = useState<InstrumentId>(choices[0]!);
  const [status, setStatus] = useState<string>('');
  // A CSI schedule from before the CSI was for couples only: it opens nothing any more.
  const [stopped, setStopped] = useState<{ cadence: Cadence; instrument: InstrumentId }>();
  const [error, setError] = useState<string>();
  // Until the circle's schedule has arrived, the choices stay disabled: a choice made earlier
  // would be overwritten by what arrives.
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    getCheckinSchedule(circleId).then(
      (schedule) => {
        if (!live) return;
        setCadence(schedule.cadence);
        if (schedule.cadence !== 'off') setInstrument(schedule.instrument);
        if ('stopped' in schedule) setStopped(schedule.stopped);
        setLoaded(true);
      },
      (failure: unknown) => live && setError(describeError(failure)),
    );
    return () => {
      live = false;
    };
  }, [circleId]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setStatus('');
    try {
      await setCheckinSchedule(circleId, cadence === 'off' ? { cadence } : { cadence, instrument });
      setStopped(undefined);
      setStatus(t('checkin.schedule.saved'));
    } catch (failure) {
      setError(describeError(failure));
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('checkin.schedule.title')}</h2>
      <p className="muted">{t('checkin.schedule.intro')}</p>
      {stopped && (
        <p className="notice">
          {t(`checkin.schedule.stopped.${stopped.cadence === 'monthly' ? 'monthly' : 'weekly'}`, {
            instrument: t(`instrument.${stopped.instrument}`),
          })}
        </p>
      )}
      <form className="stack" onSubmit={(event) => void save(event)}>
        <fieldset className="stack" disabled={!loaded} aria-busy={!loaded}>
          <label className="field">
            <span>{t('checkin.schedule.cadence')}</span>
            <select value={cadence} onChange={(event) => setCadence(event.target.value as Cadence)}>
              {CADENCES.map((c) => (
                <option key={c} value={c}>
                  {t(`checkin.schedule.${c}`)}
                </option>
              ))}
            </select>
          </label>
          {cadence !== 'off' && (
            <label className="field">
              <span>{t('checkin.schedule.instrument')}</span>
              <select
                value={instrument}
                onChange={(event) => setInstrument(event.target.value as InstrumentId)}
              >
                {choices.map((choice) => (
                  <option key={choice} value={choice}>
                    {t(`checkin.open.${choice}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="submit" className="primary">
            {t('checkin.schedule.save')}
          </button>
        </fieldset>
        <p role="status">{status}</p>
        <Alert message={error} />
      </form>
    </section>
  );
}
