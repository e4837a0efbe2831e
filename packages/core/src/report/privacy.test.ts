import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEASON_KINDS } from '../analytics/seasons.ts';
import { getInstrument } from '../instruments/registry.ts';
import { suggestsSafetyConcern } from '../instruments/safety.ts';
import type { InstrumentId } from '../instruments/types.ts';
import { DAY_MS } from '../time-window.ts';
import { FORMS_OF_CARE } from '../vocabulary.ts';
import { reportContents } from './contents.ts';
import { FROM, TO } from './test-source.ts';
import type { ReportRoundSource, ReportSource } from './types.ts';

/**
 * Nothing private can reach a report. Circles are generated with private things of every kind
 * (act and season notes, private rupture notes, check-in notes, answers of rounds someone in the
 * report cannot see, the safety item, values answers, and a member's reflections, private needs and chat
 * text, which a circle's record may carry beside what it shares); each private text holds a
 * marker. The report never contains a marker, and changing every private thing leaves the
 * report exactly as it was.
 */

const MARK = 'PRIVATE§';
const MEMBERS = ['m1', 'm2', 'm3', 'm4'];
const SPAN = { min: FROM - 100 * DAY_MS, max: TO + 5 * DAY_MS };
const INSTRUMENTS: InstrumentId[] = ['csi4', 'csi16', 'reciprocity'];

const privateText = fc.string({ maxLength: 12 }).map((s) => `${MARK}${s}`);
const maybePrivate = fc.option(privateText, { nil: null });
const at = fc.integer(SPAN);

function positionsOf(instrument: InstrumentId): fc.Arbitrary<number[]> {
  const items = getInstrument(instrument)?.items ?? [];
  return fc.tuple(
    ...items.map((item) =>
      fc.nat({ max: (item.kind === 'choice' ? item.options.length : item.scores.length) - 1 }),
    ),
  );
}

interface Circle extends ReportSource {
  /** What a circle's record holds beside what it shares: never read by a report. */
  readonly reflections: readonly { memberId: string; text: string }[];
  readonly privateNeeds: readonly { memberId: string; text: string }[];
  readonly chatTexts: readonly string[];
}

const circleArb = (kind: ReportSource['kind']): fc.Arbitrary<Circle> =>
  fc.integer({ min: 2, max: 4 }).chain((n) => {
    const ids = MEMBERS.slice(0, n);
    const member = fc.constantFrom(...ids);
    const answerFor = (instrument: InstrumentId, memberId: string) =>
      fc.record({
        memberId: fc.constant(memberId),
        positions: positionsOf(instrument),
        total: fc.option(fc.integer({ min: 0, max: 81 }), { nil: null }),
        note: maybePrivate,
      });
    const round = fc
      .record({
        id: fc.uuid(),
        instrument: fc.constantFrom(...INSTRUMENTS),
        openedAt: at,
        closed: fc.boolean(),
        answeredBy: fc.subarray(ids),
      })
      .chain(({ answeredBy, ...r }) =>
        fc
          .tuple(...answeredBy.map((m) => answerFor(r.instrument, m)))
          .map((answers): ReportRoundSource => ({ ...r, memberCount: n, answers })),
      );
    return fc.record({
      kind: fc.constant(kind),
      period: fc.constant({ from: FROM, to: TO }),
      members: fc.constant(ids.map((id) => ({ id, name: `name of ${id}` }))),
      acts: fc.array(
        fc.record({
          id: fc.uuid(),
          circleId: fc.constant('c1'),
          fromMemberId: member,
          toMemberId: member,
          form: fc.constantFrom(...FORMS_OF_CARE),
          effort: fc.constantFrom(1 as const, 2 as const, 3 as const),
          note: maybePrivate,
          at,
          createdAt: at,
          noticedAt: fc.option(at, { nil: null }),
        }),
        { maxLength: 40 },
      ),
      seasons: fc.array(
        fc.record({
          id: fc.uuid(),
          memberId: member,
          kind: fc.constantFrom(...SEASON_KINDS),
          startsAt: at,
          endsAt: fc.constant(null),
          note: maybePrivate,
        }),
        { maxLength: 3 },
      ),
      checkins: fc.array(round, { maxLength: 6 }),
      values: fc.array(
        fc.record({
          id: fc.uuid(),
          openedAt: at,
          closed: fc.boolean(),
          memberCount: fc.constant(n),
          answers: fc.subarray(ids).chain((who) =>
            fc.tuple(
              ...who.map((memberId) =>
                fc.record({
                  memberId: fc.constant(memberId),
                  texts: fc.array(fc.option(privateText, { nil: '' }), {
                    minLength: 9,
                    maxLength: 9,
                  }),
                }),
              ),
            ),
          ),
        }),
        { maxLength: 3 },
      ),
      ruptures: fc.array(
        fc.record({
          id: fc.uuid(),
          occurredAt: at,
          note: maybePrivate,
          notePrivate: fc.boolean(),
          repairStartedByMemberId: fc.option(member, { nil: null }),
          involvedMemberIds: fc.subarray(ids, { minLength: 1 }),
          repairedAt: fc.option(at, { nil: null }),
          repairedBy: fc.subarray(ids),
        }),
        { maxLength: 6 },
      ),
      responsibilities: fc.array(
        fc.record({
          id: fc.uuid(),
          title: privateText,
          area: fc.constant('home' as const),
          frequency: fc.constantFrom('daily' as const, 'weekly' as const),
          effort: fc.constantFrom(1 as const, 2 as const, 3 as const),
          owners: fc.record({
            notice: fc.option(member, { nil: null }),
            plan: fc.option(member, { nil: null }),
            do: fc.option(member, { nil: null }),
            followUp: fc.option(member, { nil: null }),
          }),
        }),
        { maxLength: 4 },
      ),
      rituals: fc.array(
        fc.record({
          id: fc.uuid(),
          kind: fc.constant('nightly_checkin' as const),
          occurrences: fc.array(at, { maxLength: 5 }).map((xs) => xs.sort((a, b) => a - b)),
          completions: fc.array(at, { maxLength: 5 }),
        }),
        { maxLength: 2 },
      ),
      reflections: fc.array(fc.record({ memberId: member, text: privateText }), { maxLength: 3 }),
      privateNeeds: fc.array(fc.record({ memberId: member, text: privateText }), { maxLength: 3 }),
      chatTexts: fc.array(privateText, { maxLength: 3 }),
    });
  });

const kindArb = fc.constantFrom('couple' as const, 'family' as const, 'team' as const);
const circles = kindArb.chain(circleArb);

const revealedRound = (r: { closed: boolean; memberCount: number; answers: readonly unknown[] }) =>
  r.closed || r.answers.length >= r.memberCount;

/**
 * The same circle with every private thing changed: other notes and words, other answers in
 * rounds nobody can see yet, other private items, other reflections, needs and chat text.
 */
function changePrivate(c: Circle, text: string, position: number): Circle {
  const other = `${MARK}${text}!`;
  const note = (n: string | null) => (n === null ? other : null);
  return {
    ...c,
    acts: c.acts.map((a) => ({ ...a, note: note(a.note) })),
    seasons: c.seasons.map((s) => ({ ...s, note: note(s.note) })),
    ruptures: c.ruptures.map((r) => ({ ...r, note: note(r.note), notePrivate: !r.notePrivate })),
    checkins: c.checkins.map((r) => {
      // Hidden from someone in the report: not revealed, or closed before they answered.
      const everyone = c.members.every((m) => r.answers.some((a) => a.memberId === m.id));
      if (!revealedRound(r) || !everyone) {
        return {
          ...r,
          answers: r.answers.map((a) => ({
            ...a,
            positions: a.positions.map(() => position),
            total: a.total === null ? position : null,
          })),
        };
      }
      return r;
    }),
    values: c.values.map((r) => ({
      ...r,
      answers: r.answers.map((a) => ({
        ...a,
        // Revealed or not, the words never reach a report; only whether a topic was answered.
        texts: a.texts.map((t) =>
          t === '' || !revealedRound(r) ? (t === '' ? '' : other) : other,
        ),
      })),
    })),
    responsibilities: c.responsibilities.map((r) => ({ ...r, title: other })),
    reflections: c.reflections.map((r) => ({ ...r, text: other })),
    privateNeeds: [...c.privateNeeds, { memberId: 'm1', text: other }],
    chatTexts: [...c.chatTexts, other],
  };
}

describe('nothing private reaches a report', () => {
  it('holds no private text of any kind', () => {
    fc.assert(
      fc.property(circles, (circle) => {
        expect(JSON.stringify(reportContents(circle))).not.toContain(MARK);
      }),
      { numRuns: 150 },
    );
  });

  it('is the same whatever the private things are', () => {
    fc.assert(
      fc.property(circles, fc.string({ maxLength: 6 }), fc.nat({ max: 1 }), (circle, text, p) => {
        const changed = changePrivate(circle, text, p);
        // Changing a hidden answer must not turn a round into one that suggests fear or harm
        // (that would leave it out, which is the next property's subject).
        const sameSafety = circle.checkins.every((r, i) =>
          r.answers.every(
            (a, j) =>
              suggestsSafetyConcern({ instrumentId: r.instrument, positions: a.positions }) ===
              suggestsSafetyConcern({
                instrumentId: r.instrument,
                positions: changed.checkins[i]?.answers[j]?.positions ?? [],
              }),
          ),
        );
        fc.pre(sameSafety);
        expect(reportContents(changed)).toEqual(reportContents(circle));
      }),
      { numRuns: 150 },
    );
  });

  it('takes nothing from a round where someone’s answers or note suggest fear or harm', () => {
    fc.assert(
      fc.property(circles, (circle) => {
        const concern = (r: ReportRoundSource) =>
          r.answers.some((a) =>
            suggestsSafetyConcern({
              instrumentId: r.instrument,
              positions: a.positions,
              notes: [a.note],
            }),
          );
        const withoutThem = { ...circle, checkins: circle.checkins.filter((r) => !concern(r)) };
        expect(reportContents(circle)).toEqual(reportContents(withoutThem));
      }),
      { numRuns: 150 },
    );
  });
});
