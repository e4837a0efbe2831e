import { FORMS_OF_CARE, type FormOfCare } from '@recipro/core';
import { useId } from 'react';
import type { PairBalance } from '../api-balance.ts';
import { formLabel } from '../care.ts';
import { Icon } from '../components/Icon.tsx';
import { listFormat, t } from '../i18n/index.ts';
import { formatAmount } from './labels.ts';

interface FormBreakdownProps {
  /** A pair read from my side: `given` is what I gave. */
  readonly pair: PairBalance;
  readonly toName: string;
  readonly period: string;
}

/**
 * The forms of care a side gave most, as the language lists them: "Practical help", or two that
 * share the top ("Practical help and Affection"); a form after them in the table was given less.
 */
export function topForms(rows: readonly { form: FormOfCare; amount: number }[]): string {
  const top = Math.max(0, ...rows.map((row) => row.amount));
  const named = rows
    .filter((row) => row.amount > 0 && row.amount === top)
    .slice(0, 2)
    .map((row) => formLabel(row.form));
  return named.length > 0
    ? listFormat({ style: 'long', type: 'conjunction' }).format(named)
    : t('balance.forms.nothing');
}

/**
 * The forms of care I gave in a pair, with soft bars. Only my own side: the other person's
 * amounts beside mine would make a ledger (docs/voice.md).
 */
export function FormBreakdown({ pair, toName, period }: FormBreakdownProps) {
  const id = useId();
  const rows = FORMS_OF_CARE.map((form) => ({
    form,
    given: pair.byForm[form]?.given ?? 0,
  })).filter((row) => row.given > 0);
  const most = Math.max(1, ...rows.map((row) => row.given));
  if (rows.length === 0) {
    return <p className="muted">{t('balance.forms.none', { other: toName, period })}</p>;
  }
  return (
    <div className="form-breakdown">
      <p id={`${id}-summary`} className="muted">
        {t('balance.forms.summary', {
          other: toName,
          forms: topForms(rows.map((r) => ({ form: r.form, amount: r.given }))),
        })}
      </p>
      <table className="forms-table" aria-describedby={`${id}-summary`}>
        <caption>{t('balance.forms.caption', { period })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('balance.forms.form')}</th>
            <th scope="col">{t('balance.forms.yours', { other: toName })}</th>
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
              <td>
                <span className="form-amount">
                  <span
                    className="form-bar form-bar-from"
                    style={{ width: `${Math.round((row.given / most) * 100)}%` }}
                    aria-hidden="true"
                  />
                  <span>{formatAmount(row.given)}</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
