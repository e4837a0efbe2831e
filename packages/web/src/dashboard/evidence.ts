import {
  isCareLanguage,
  isSeasonKind,
  RECIPROCITY_PATTERNS,
  type ReciprocityPattern,
} from '@recipro/core';
import type { Insight } from '../api-balance.ts';
import { en } from '../i18n/en.ts';
import { formatDate, t, type MessageKey } from '../i18n/index.ts';
import {
  formatAmount,
  formatPercent,
  languageLabel,
  patternLabel,
  seasonKindLabel,
} from './labels.ts';

/** Evidence that is a share in [0, 1], shown as a percentage. */
const SHARES = new Set(['noticedRate', 'share', 'fit', 'topShare']);
/** Evidence that is a time in epoch milliseconds. */
const TIMES = new Set(['seasonStartsAt', 'seasonEndsAt']);
/** Evidence kept for machines: ids. */
const HIDDEN = new Set(['seasonId']);

export interface EvidenceRow {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

const isPattern = (value: string): value is ReciprocityPattern =>
  (RECIPROCITY_PATTERNS as readonly string[]).includes(value);

function valueText(key: string, value: number | string | null): string {
  if (value === null) return t('balance.evidence.none');
  if (typeof value === 'string') {
    if (key === 'seasonKind' && isSeasonKind(value)) return seasonKindLabel(value);
    if (key === 'language' && isCareLanguage(value)) return languageLabel(value);
    if (key === 'pattern' && isPattern(value)) return patternLabel(value);
    return value;
  }
  if (SHARES.has(key)) return formatPercent(value);
  if (TIMES.has(key)) return formatDate(new Date(value).toISOString());
  if (key === 'index' || key.endsWith('Gini') || key === 'gini') return value.toFixed(2);
  return formatAmount(value);
}

/**
 * The numbers behind an insight as labelled rows. Labels name the people the insight is about
 * (its first member is "a", the second "b"); keys without a label show as they are.
 */
export function evidenceRows(
  insight: Insight,
  nameOf: (memberId: string) => string,
): EvidenceRow[] {
  const [first, second] = insight.memberIds;
  const names = { a: first ? nameOf(first) : '', b: second ? nameOf(second) : '' };
  return Object.entries(insight.evidence)
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, value]) => {
      const labelKey = `balance.evidence.${key}`;
      const label = labelKey in en ? t(labelKey as MessageKey, names) : key;
      return { key, label, value: valueText(key, value) };
    });
}
