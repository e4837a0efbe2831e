import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateActs } from './analytics/aggregates.ts';
import { computeCircleBalance } from './analytics/circle-balance.ts';
import { SEASON_KINDS, type Season } from './analytics/seasons.ts';
import { readBalanceSeries } from './analytics/series.ts';
import { BALANCE_WINDOWS } from './analytics/windows.ts';
import { instrumentsFor } from './instruments/for-kind.ts';
import { NEEDS_STARTERS } from './instruments/needs-starters.ts';
import { REFLECTION_PROMPTS } from './instruments/reflection-prompts.ts';
import { INSTRUMENTS } from './instruments/registry.ts';
import { VALUES_QUESTIONS } from './instruments/values-questions.ts';
import { wordedFor } from './instruments/worded-for-kind.ts';
import type { Act } from './model.ts';
import { isProse, proseIn } from './prose.ts';
import { QUESTION_BANK, questionById, questionsFor } from './questions/bank.ts';
import { nextQuestion, passOrder } from './questions/order.ts';
import { monthlyReview } from './review.ts';
import { DAY_MS } from './time-window.ts';
import { CARE_LANGUAGES, CIRCLE_KINDS, FORMS_OF_CARE, type Effort } from './vocabulary.ts';

/**
 * Issue 17: core says kinds, ids and evidence (numbers, member ids, dates), never sentences; the
 * reader's language words them. Core's public analytics, review, question and prompt functions
 * run over generated circles — members named in several words, notes and seasons written as
 * sentences, so that anything echoed would show — and no string they return is prose.
 *
 * The one exception, on purpose: the published questionnaires (CSI-4, CSI-16) keep their
 * authors' English, as published, until a validated translation is added with its source (the
 * web says so in a line). Core's instruments are data: recipro's own check-in ("Who carries
 * what?") is written there in English as the source of the web's English catalogue, and the
 * server sends it without words (core's instruments/display.ts, used by its routes; instruments-by-kind.test.ts).
 */
const NOW = Date.UTC(2026, 2, 31, 12);
const words = fc.stringMatching(/^[A-Za-z]{2,8}( [A-Za-z]{2,8}){1,4}$/);

/** A generated circle: 2–4 members with names of several words, acts over four months. */
const circleArb = fc
  .record({
    size: fc.integer({ min: 2, max: 4 }),
    names: fc.array(words, { minLength: 4, maxLength: 4 }),
    window: fc.constantFrom(...BALANCE_WINDOWS),
    acts: fc.array(
      fc.record({
        from: fc.nat(3),
        to: fc.nat(3),
        daysAgo: fc.double({ min: 0, max: 120, noNaN: true }),
        form: fc.constantFrom(...FORMS_OF_CARE),
        effort: fc.constantFrom<Effort>(1, 2, 3),
        noticed: fc.boolean(),
        note: fc.option(words),
      }),
      { maxLength: 120 },
    ),
    seasons: fc.array(
      fc.record({
        member: fc.nat(3),
        kind: fc.constantFrom(...SEASON_KINDS),
        startsDaysAgo: fc.integer({ min: 0, max: 90 }),
        note: fc.option(words),
      }),
      { maxLength: 2 },
    ),
    languages: fc.array(fc.subarray([...CARE_LANGUAGES], { minLength: 1, maxLength: 3 }), {
      minLength: 4,
      maxLength: 4,
    }),
  })
  .map((c) => {
    const members = Array.from({ length: c.size }, (_, i) => ({
      id: `m${i}`,
      name: c.names[i] ?? 'Ana Maria',
    }));
    const id = (n: number) => `m${n % c.size}`;
    const acts: Act[] = c.acts
      .filter((a) => id(a.from) !== id(a.to))
      .map((a, i) => {
        const at = NOW - Math.round(a.daysAgo * DAY_MS);
        return {
          id: `act-${i}`,
          circleId: 'c1',
          fromMemberId: id(a.from),
          toMemberId: id(a.to),
          form: a.form,
          effort: a.effort,
          note: a.note,
          at,
          createdAt: at,
          noticedAt: a.noticed ? at + 3_600_000 : null,
        };
      });
    const seasons: Season[] = c.seasons.map((s, i) => ({
      id: `season-${i}`,
      memberId: id(s.member),
      kind: s.kind,
      startsAt: NOW - s.startsDaysAgo * DAY_MS,
      endsAt: null,
      note: s.note,
    }));
    const careLanguages = Object.fromEntries(members.map((m, i) => [m.id, c.languages[i]!]));
    return { members, window: c.window, acts, seasons, careLanguages };
  });

/** Fails with every prose string found and where it sits. */
const expectNoProse = (value: unknown) => expect(proseIn(value)).toEqual([]);

describe('core says no sentence', () => {
  it('the detector finds prose in any script, and leaves ids, numbers and dates alone', () => {
    for (const prose of [
      'care went both ways',
      'Ana Maria',
      'cuidado mutuo',
      'देखभाल की',
      'رعاية متبادلة',
    ])
      expect(isProse(prose), prose).toBe(true);
    for (const data of ['in_rhythm', 'q042', 'reflect_over_giving_1', '2026-03-31', 'm0', '0.5'])
      expect(isProse(data), data).toBe(false);
    expect(proseIn({ a: [{ b: 'one two' }], c: 'one' })).toEqual([
      { path: 'a.0.b', text: 'one two' },
    ]);
    expect(proseIn({ a: [{ b: 'one two' }] }, ['a.*.b'])).toEqual([]);
  });

  it('a balance view, its insights and a series say kinds, ids and numbers only', () => {
    fc.assert(
      fc.property(circleArb, ({ members, window, acts, seasons, careLanguages }) => {
        const view = computeCircleBalance(acts, {
          members,
          now: NOW,
          window,
          seasons,
          careLanguages,
        });
        expectNoProse(view);
        const aggregates = aggregateActs(acts);
        const [a, b] = members;
        expectNoProse(
          readBalanceSeries(aggregates, {
            fromMemberId: a!.id,
            toMemberId: b!.id,
            now: NOW,
            seasons,
          }),
        );
      }),
      { numRuns: 120 },
    );
  });

  it('the month in review is numbers only', () => {
    fc.assert(
      fc.property(
        circleArb,
        fc.array(
          fc.record({
            daysAgo: fc.integer({ min: 0, max: 60 }),
            repairedAfter: fc.option(fc.integer({ min: 0, max: 5 * 86_400 })),
            by: fc.nat(3),
          }),
          { maxLength: 4 },
        ),
        ({ members, acts }, ruptures) => {
          const review = monthlyReview({
            month: '2026-03',
            memberIds: members.map((m) => m.id),
            acts,
            ruptures: ruptures.map((r) => {
              const occurredAt = NOW - r.daysAgo * DAY_MS;
              return {
                occurredAt,
                repairStartedByMemberId: members[r.by % members.length]!.id,
                repairedAt: r.repairedAfter === null ? null : occurredAt + r.repairedAfter * 1000,
              };
            }),
            myCheckins: { csi4: [16, null] },
          });
          expectNoProse(review);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('questions a day and recipro’s prompts go by id', () => {
    expectNoProse(QUESTION_BANK);
    expectNoProse([REFLECTION_PROMPTS, NEEDS_STARTERS, VALUES_QUESTIONS]);
    for (const kind of CIRCLE_KINDS) {
      expectNoProse(questionsFor(kind));
      expectNoProse(passOrder('c1', kind, 0));
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...questionsFor(kind).map((q) => q.id)), { maxLength: 30 }),
          (asked) => {
            expectNoProse(
              nextQuestion(
                'c1',
                kind,
                asked.map((questionId) => ({ questionId, pass: 0 })),
              ),
            );
          },
        ),
        { numRuns: 30 },
      );
    }
    expectNoProse(QUESTION_BANK.map((q) => questionById(q.id)));
  });

  it('the published questionnaires are the one exception, kept in their authors’ English', () => {
    const published = Object.values(INSTRUMENTS).filter((i) => i.origin === 'validated');
    expect(published.map((i) => i.id).sort()).toEqual(['csi16', 'csi4']);
    for (const instrument of published) {
      expect(instrument.citation).not.toBeNull();
      expect(proseIn(instrument).length).toBeGreaterThan(0);
    }
  });

  it('recipro’s own check-in is written once, in English, for every item of every kind', () => {
    // The source of the web's English catalogue (i18n/en-checkin-items.ts), which no route sends.
    for (const kind of CIRCLE_KINDS) {
      for (const id of instrumentsFor(kind)) {
        const instrument = wordedFor(INSTRUMENTS[id], kind);
        if (instrument.origin !== 'own') continue;
        for (const item of instrument.items) {
          const words =
            item.kind === 'choice'
              ? [item.text, ...item.options.map((o) => o.label)]
              : [item.left, item.right];
          for (const text of words) expect(text.trim(), item.id).not.toBe('');
        }
      }
    }
  });
});
