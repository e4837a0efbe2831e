import type { Instrument } from '../api-cycle.ts';
import { t } from '../i18n/index.ts';

/**
 * "About these questions": where the questions come from, folded away under the questions' own
 * name: for a published questionnaire its name and citation, for recipro's own that they are ours.
 */
export function InstrumentSource({ instrument }: { readonly instrument: Instrument }) {
  const published = instrument.citation !== null;
  const code =
    instrument.id === 'csi4' || instrument.id === 'csi16'
      ? t(`instrument.code.${instrument.id}`)
      : instrument.id;
  return (
    <details className="about-questions">
      <summary>{t('instrument.about')}</summary>
      <p>{published ? t('instrument.about.published', { code }) : t('instrument.about.own')}</p>
      {published && <p className="source">{instrument.citation}</p>}
    </details>
  );
}
