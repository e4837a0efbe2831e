import { FORMS_OF_CARE, type FormOfCare } from '@recipro/core';
import { useId } from 'react';
import type { PairBalance } from '../api-balance.ts';
import { formLabel } from '../care.ts';
import { Icon } from '../components/Icon.tsx';
import { t } from '../i18n/index.ts';
import { formatAmount } from './labels.ts';

interface FormBreakdownProps {
  readonly pair: PairBalance;
  readonly fromName: string;
  readonly toName: string;
  readonly period: string;
}

/** The forms of care a side gave most, as words: "Practical help, Affection". */
function topForms(rows: readonly { form: FormOfCare; amount: number }[]): string {
  const named = rows
    .filter((row) => row.amount > 0)
    .sort((a, b) => b.amount - a.amount)
    .slice(0, 2)
    .map((row) => formLabel(row.form));
  return named.length > 0 ? named.join(', ') : t('balance.forms.nothing');
}

/**
 * Each form of care in both directions, side by side in a table with soft bars — two facts per
 * row, never one subtracted from the other.
 */
export function FormBreakdown({ pair, fromName, toName, period }: FormBreakdownProps) {
  const id = useId();
  const rows = FORMS_OF_CARE.map((form) => ({
    form,
    given: pair.byForm[form]?.given ?? 0,
    received: pair.byForm[form]?.received ?? 0,
  })).filter((row) => row.given > 0 || row.received > 0);
  const most = Math.max(1, ...rows.flatMap((row) => [row.given, row.received]));
  if (rows.length === 0) {
    return <p className="muted">{t('balance.forms.none', { a: fromName, b: toName, period })}</p>;
  }
  const bar = (value: number, side: 'from' | 'to') => (
    <span className="form-amount">
      {value > 0 && (
        <span
          className={`form-bar form-bar-${side}`}
          style={{ width: `${Math.round((value / most) * 100)}%` }}
          aria-hidden="true"
        />
      )}
      <span>{formatAmount(value)}</span>
    </span>
  );
  return (
    <div className="form-breakdown">
      <p id={`${id}-summary`} className="muted">
        {t('balance.forms.summary', {
          a: fromName,
          b: toName,
          formsA: topForms(rows.map((r) => ({ form: r.form, amount: r.given }))),
          formsB: topForms(rows.map((r) => ({ form: r.form, amount: r.received }))),
        })}
      </p>
      <table className="forms-table" aria-describedby={`${id}-summary`}>
        <caption>{t('balance.forms.caption', { period })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('balance.forms.form')}</th>
            <th scope="col">{t('balance.flow', { from: fromName, to: toName })}</th>
            <th scope="col">{t('balance.flow', { from: toName, to: fromName })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.form}>
              <th scope="row">
                <span className="with-icon">
                  <Icon name={row.form} size={18} />
                  {formLabel(row.form)}
                </span>
              </th>
              <td>{bar(row.given, 'from')}</td>
              <td>{bar(row.received, 'to')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
