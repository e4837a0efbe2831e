import { monthlyReview, type Act, type MonthlyReviewInput } from '@recipro/core';
import { describe, expect, it } from 'vitest';
import type { Review } from '../api-cycle.ts';
import { completeCatalogues } from '../i18n/complete.ts';
import { en } from '../i18n/en.ts';
import { installCatalogue } from '../i18n/index.ts';
import { reviewSentences } from './review-sentences.ts';

const DAY = 24 * 3600 * 1000;
const MARCH = Date.parse('2026-03-01T00:00:00Z');
const FEBRUARY = Date.parse('2026-02-01T00:00:00Z');

/** Acts in March and February, some noticed; hard moments repaired after `seconds` (null: not). */
function input(march: number, february: number, noticed: number, repairs: (number | null)[]) {
  const act = (at: number, i: number): Act => ({
    id: `act-${at}-${i}`,
    circleId: 'circle',
    fromMemberId: i % 2 === 0 ? 'a' : 'b',
    toMemberId: i % 2 === 0 ? 'b' : 'a',
    form: 'practical',
    effort: 1,
    note: null,
    at: at + i * 3600_000,
    createdAt: at + i * 3600_000,
    noticedAt: i < noticed ? at + i * 3600_000 + 60_000 : null,
  });
  const input: MonthlyReviewInput = {
    month: '2026-03',
    memberIds: ['a', 'b'],
    acts: [
      ...Array.from({ length: march }, (_, i) => act(MARCH + DAY, i)),
      ...Array.from({ length: february }, (_, i) => act(FEBRUARY + DAY, i)),
    ],
    ruptures: repairs.map((seconds, i) => ({
      occurredAt: MARCH + (i + 2) * DAY,
      repairStartedByMemberId: 'a',
      repairedAt: seconds === null ? null : MARCH + (i + 2) * DAY + seconds * 1000,
    })),
  };
  return input;
}

/** Months of every kind the sentences tell apart. */
const MONTHS = [
  input(0, 0, 0, []),
  input(0, 3, 0, [null]),
  input(1, 0, 1, []),
  input(3, 1, 2, [3 * 3600]),
  input(2, 5, 0, [null, null]),
  input(4, 4, 1, [20, 30]),
  input(12, 12, 12, [9000]),
  input(2, 2, 2, [3600]),
  input(1, 2, 0, [600]),
  input(2, 2, 1, [60]),
];

const reviews = MONTHS.map((month) => monthlyReview(month) as unknown as Review);

/** What English says of each month above: the source, written out once as the product says it. */
const ENGLISH: readonly (readonly string[])[] = [
  ['No acts of care were logged this month. A small one today is a good way back in.'],
  [
    'No acts of care were logged this month. A small one today is a good way back in.',
    'There was one hard moment this month, not yet marked as repaired.',
  ],
  [
    'Together you logged 1 act of care this month.',
    '100% of them were noticed by the person who received them.',
  ],
  [
    'Together you logged 3 acts of care this month, 2 more than the month before.',
    '67% of them were noticed by the person who received them.',
    '1 of 1 hard moment was repaired, in a median of 3 hours.',
  ],
  [
    'Together you logged 2 acts of care this month, fewer than the 5 the month before — busy months happen.',
    '0% of them were marked as noticed — a quick “I noticed” goes a long way.',
    'There were 2 hard moments this month, not yet marked as repaired.',
  ],
  [
    'Together you logged 4 acts of care this month, as many as the month before.',
    '25% of them were marked as noticed — a quick “I noticed” goes a long way.',
    '2 of 2 hard moments were repaired, in a median of under a minute.',
  ],
  [
    'Together you logged 12 acts of care this month, as many as the month before.',
    '100% of them were noticed by the person who received them.',
    '1 of 1 hard moment was repaired, in a median of 2.5 hours.',
  ],
  [
    'Together you logged 2 acts of care this month, as many as the month before.',
    '100% of them were noticed by the person who received them.',
    '1 of 1 hard moment was repaired, in a median of 1 hour.',
  ],
  [
    'Together you logged 1 act of care this month, fewer than the 2 the month before — busy months happen.',
    '0% of them were marked as noticed — a quick “I noticed” goes a long way.',
    '1 of 1 hard moment was repaired, in a median of 10 minutes.',
  ],
  [
    'Together you logged 2 acts of care this month, as many as the month before.',
    '50% of them were noticed by the person who received them.',
    '1 of 1 hard moment was repaired, in a median of 1 minute.',
  ],
];

describe('the month in a few words', () => {
  it('says each month in English, as written out', () => {
    expect(reviews.map(reviewSentences)).toEqual(ENGLISH);
    // The months above reach every sentence and every way of saying it.
    const said = ENGLISH.flat().join('\n');
    for (const part of [
      'No acts of care were logged',
      'logged 1 act of care this month.',
      'more than the month before',
      'fewer than the 5 the month before',
      'as many as the month before',
      'were noticed by the person',
      'a quick “I noticed”',
      'There was one hard moment',
      'There were 2 hard moments',
      'median of under a minute',
      'median of 1 minute.',
      'median of 10 minutes',
      'median of 2.5 hours',
      'median of 1 hour.',
    ]) {
      expect(said).toContain(part);
    }
  });

  it('says it in Spanish, Hindi and Arabic, with no English sentence left', () => {
    for (const locale of ['es', 'hi', 'ar'] as const) {
      installCatalogue(locale, completeCatalogues[locale]);
      try {
        for (const review of reviews) {
          const said = reviewSentences(review);
          const english = ENGLISH[reviews.indexOf(review)]!;
          expect(said).toHaveLength(english.length);
          for (const [i, sentence] of said.entries()) {
            expect(sentence, locale).not.toBe(english[i]);
            expect(sentence, locale).not.toMatch(/[{}]|NaN/);
          }
        }
      } finally {
        installCatalogue('en', en);
      }
    }
  });
});
