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
];

const reviews = MONTHS.map((month) => monthlyReview(month) as unknown as Review);

describe('the month in a few words', () => {
  it('says in English exactly what core says', () => {
    for (const review of reviews) expect(reviewSentences(review)).toEqual(review.sentences);
    // The months above reach every sentence and every way of saying it.
    const said = reviews.flatMap((review) => review.sentences).join('\n');
    for (const part of [
      'No acts of care were logged',
      'logged 1 act of care this month.',
      'more than the month before',
      'fewer than the 5 the month before',
      'as many as the month before',
      'were noticed by the person',
      'a quick "I noticed"',
      'There was one hard moment',
      'There were 2 hard moments',
      'median of under a minute',
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
          expect(said).toHaveLength(review.sentences.length);
          for (const [i, sentence] of said.entries()) {
            expect(sentence, locale).not.toBe(review.sentences[i]);
            expect(sentence, locale).not.toMatch(/[{}]|NaN/);
          }
        }
      } finally {
        installCatalogue('en', en);
      }
    }
  });
});
