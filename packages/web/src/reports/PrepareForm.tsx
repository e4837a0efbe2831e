import { useId, useState, type FormEvent } from 'react';
import { ChoiceChips } from '../components/ChoiceChips.tsx';
import { Feedback } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { useAction } from '../hooks/useAction.ts';
import { t } from '../i18n/index.ts';
import { prepareReport, type Report } from '../api-reports.ts';
import { periodOf, type PeriodChoice } from './period.ts';

/** Prepares a report for the last month, three months, or days the person chooses. */
export function PrepareForm({
  circleId,
  onPrepared,
}: {
  readonly circleId: string;
  readonly onPrepared: (report: Report) => void;
}) {
  const id = useId();
  const [choice, setChoice] = useState<PeriodChoice>('month');
  const [chosen, setChosen] = useState({ from: '', to: '' });
  const { busy, done, error, run, setError } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const period = periodOf(choice, Date.now(), chosen);
    if (!period) {
      setError(t('counsel.prepare.badDates'));
      return;
    }
    await run(
      async () => {
        onPrepared(await prepareReport(circleId, period.from, period.to));
      },
      t('counsel.prepare.done'),
      { validation_failed: t('counsel.prepare.badDates') },
    );
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('counsel.prepare.title')}</h2>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <ChoiceChips
          legend={t('counsel.prepare.period')}
          name={`${id}-period`}
          value={choice}
          options={[
            { value: 'month', label: t('counsel.prepare.month') },
            { value: 'quarter', label: t('counsel.prepare.quarter') },
            { value: 'chosen', label: t('counsel.prepare.chosen') },
          ]}
          onChange={setChoice}
        />
        {choice === 'chosen' && (
          <div className="report-dates">
            <Field
              label={t('counsel.prepare.from')}
              type="date"
              value={chosen.from}
              required
              onChange={(event) => setChosen({ ...chosen, from: event.target.value })}
            />
            <Field
              label={t('counsel.prepare.to')}
              type="date"
              value={chosen.to}
              required
              onChange={(event) => setChosen({ ...chosen, to: event.target.value })}
            />
          </div>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('counsel.prepare.button')}
        </button>
        <Feedback done={done} error={error} />
      </form>
    </section>
  );
}
