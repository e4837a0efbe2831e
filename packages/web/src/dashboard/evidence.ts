import {
  isCareLanguage,
  isSeasonKind,
  RECIPROCITY_PATTERNS,
  type ReciprocityPattern,
} from '@recipro/core';
import type { Insight } from '../api-balance.ts';
import { formatDate, hasMessage, t, type MessageKey } from '../i18n/index.ts';
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
/**
 * Evidence never shown: ids, the forms of care the sentence itself names, and the balance index,
 * whose sign would say whose side care came from on a screen every member sees alike.
 */
const HIDDEN = new Set(['seasonId', 'seasonMemberId', 'topForm', 'secondForm', 'index']);

/**
 * Evidence that is one person's own number, keyed to whose it is (the insight's first or second
 * member) and the label it takes when that person reads it. Shown to that person only
 * (docs/voice.md); everyone else sees the pattern without it.
 */
const PERSONAL: Readonly<Record<string, { readonly of: 0 | 1; readonly label: MessageKey }>> = {
  givenActs: { of: 0, label: 'balance.evidence.mine.acts' },
  receivedActs: { of: 1, label: 'balance.evidence.mine.acts' },
  givenEffort: { of: 0, label: 'balance.evidence.mine.effort' },
  receivedEffort: { of: 1, label: 'balance.evidence.mine.effort' },
  opened: { of: 0, label: 'balance.evidence.mine.opened' },
  given: { of: 0, label: 'balance.evidence.mine.support' },
  received: { of: 1, label: 'balance.evidence.mine.support' },
};

/** The `acts` of a `noticed` insight are what its first member gave; elsewhere a pair's or circle's. */
const personal = (kind: string, key: string) =>
  kind === 'noticed' && key === 'acts'
    ? ({ of: 0, label: 'balance.evidence.mine.acts' } as const)
    : PERSONAL[key];

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
 * The numbers behind an insight as labelled rows, for the member `me`. A number about one person
 * is shown only to that person, labelled as theirs; the rest name the pair or the circle.
 */
export function evidenceRows(
  insight: Insight,
  nameOf: (memberId: string) => string,
  me: string,
): EvidenceRow[] {
  const [first, second] = insight.memberIds;
  const names = { a: first ? nameOf(first) : '', b: second ? nameOf(second) : '' };
  const other = first === me ? names.b : names.a;
  return Object.entries(insight.evidence)
    .filter(([key]) => !HIDDEN.has(key))
    .flatMap(([key, value]) => {
      const own = personal(insight.kind, key);
      if (own) {
        if (insight.memberIds[own.of] !== me) return [];
        return [{ key, label: t(own.label, { other }), value: valueText(key, value) }];
      }
      const labelKey = `balance.evidence.${key}`;
      const label = hasMessage(labelKey) ? t(labelKey, names) : key;
      return [{ key, label, value: valueText(key, value) }];
    });
}
