import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../time-window.ts';
import { reportContents } from './contents.ts';
import { reportPeriodProblem } from './period.ts';
import { act, day, emptySource, FROM, sheet, TO } from './test-source.ts';

describe('the period of a report', () => {
  it('runs forwards, is not empty, at most a year and a day, has started and has begun every day', () => {
    const now = TO;
    expect(reportPeriodProblem({ from: FROM, to: TO }, now)).toBeNull();
    expect(reportPeriodProblem({ from: FROM, to: FROM }, now)).toBe('empty');
    expect(reportPeriodProblem({ from: TO, to: FROM }, now)).toBe('inverted');
    // A year and a day, asked once it has passed.
    const yearOn = FROM + 367 * DAY_MS;
    expect(reportPeriodProblem({ from: FROM, to: FROM + 367 * DAY_MS }, yearOn)).toBe('too_long');
    expect(reportPeriodProblem({ from: FROM, to: FROM + 366 * DAY_MS }, yearOn)).toBeNull();
    // Up to the end of now's day (tomorrow's start), not a day beyond.
    const tomorrow = Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;
    expect(reportPeriodProblem({ from: FROM, to: tomorrow }, now)).toBeNull();
    expect(reportPeriodProblem({ from: FROM, to: tomorrow + DAY_MS }, now)).toBe('not_ended');
    expect(reportPeriodProblem({ from: TO + 1, to: TO + DAY_MS }, now)).toBe('not_started');
  });
});

describe('what a report contains', () => {
  it('counts the care of the period only, both ways together, and the forms it took', () => {
    const report = reportContents(
      emptySource({
        acts: [
          act('a', 'b', day(1), { noticedAt: day(2) }),
          act('b', 'a', day(3), { form: 'emotional', effort: 3 }),
          act('a', 'b', day(40)),
          act('a', 'b', FROM - DAY_MS),
        ],
      }),
    );
    expect(report.care).toEqual({
      acts: 2,
      noticedShare: 0.5,
      effortByForm: { practical: 2, emotional: 3 },
    });
    expect(report.period).toEqual({ from: FROM, to: TO });
    expect(report.members.map((m) => m.name)).toEqual(['Ann', 'Ben']);
  });

  it('reads each pair once per step, as a band and a pattern without a side', () => {
    const acts = Array.from({ length: 20 }, (_, i) => act('a', 'b', day(i + 5)));
    const report = reportContents(emptySource({ acts }));
    expect(report.rhythm.windowDays).toBe(30);
    expect(report.rhythm.steps).toHaveLength(2);
    const last = report.rhythm.steps.at(-1);
    expect(last?.to).toBe(TO);
    expect(last?.pairs).toHaveLength(1);
    expect(last?.pairs[0]).toMatchObject({
      memberIds: ['a', 'b'],
      band: 'one_sided',
      thin: false,
      acts: 20,
      noticedShare: 0,
    });
    // Nothing says which side gave more.
    expect(JSON.stringify(report.rhythm)).not.toMatch(/index|moreFrom|given|received/);
  });

  it('looks at 7-day steps for a short period, and never past the period', () => {
    const report = reportContents(
      emptySource({ period: { from: FROM, to: day(14) }, acts: [act('a', 'b', day(2))] }),
    );
    expect(report.rhythm.windowDays).toBe(7);
    expect(report.rhythm.steps.map((s) => s.to)).toEqual([day(7), day(14)]);
  });

  it('names seasons that overlap the period, without their notes', () => {
    const report = reportContents(
      emptySource({
        seasons: [
          {
            id: 's1',
            memberId: 'a',
            kind: 'illness',
            startsAt: day(-5),
            endsAt: day(3),
            note: 'flu',
          },
          {
            id: 's2',
            memberId: 'b',
            kind: 'exams',
            startsAt: day(-20),
            endsAt: day(-10),
            note: null,
          },
        ],
      }),
    );
    expect(report.seasons).toEqual([
      { id: 's1', memberId: 'a', kind: 'illness', startsAt: day(-5), endsAt: day(3) },
    ]);
  });

  it('shows check-ins revealed to everyone in it, and a couple’s CSI totals per person with the cut-off', () => {
    const answer = (memberId: string, total: number, position = 3) => ({
      memberId,
      positions: sheet('csi4', position),
      total,
      note: null,
    });
    const report = reportContents(
      emptySource({
        checkins: [
          {
            id: 'r1',
            instrument: 'csi4',
            openedAt: day(1),
            closed: false,
            memberCount: 2,
            answers: [answer('a', 15), answer('b', 12)],
          },
          {
            id: 'r2',
            instrument: 'csi4',
            openedAt: day(10),
            closed: false,
            memberCount: 2,
            answers: [answer('a', 9)],
          },
          {
            id: 'r3',
            instrument: 'csi4',
            openedAt: day(20),
            closed: true,
            memberCount: 2,
            answers: [answer('b', 14)],
          },
          {
            id: 'r4',
            instrument: 'csi4',
            openedAt: day(25),
            closed: true,
            memberCount: 2,
            answers: [answer('a', 11), answer('b', 13)],
          },
        ],
      }),
    );
    // r2 is not revealed; r3 was closed with Ann's answer missing, so Ann never saw Ben's.
    expect(report.checkins.rounds.map((r) => [r.id, r.answered])).toEqual([
      ['r1', 2],
      ['r4', 2],
    ]);
    expect(report.checkins.csi).toEqual([
      {
        memberId: 'a',
        instrument: 'csi4',
        min: 0,
        max: 21,
        publishedCutOff: 13.5,
        points: [
          { at: day(1), total: 15 },
          { at: day(25), total: 11 },
        ],
      },
      {
        memberId: 'b',
        instrument: 'csi4',
        min: 0,
        max: 21,
        publishedCutOff: 13.5,
        points: [
          { at: day(1), total: 12 },
          { at: day(25), total: 13 },
        ],
      },
    ]);
  });

  it('leaves out, whole, a round where someone’s answers or note suggest fear or harm', () => {
    const safe = sheet('reciprocity', 0);
    const afraid = [...safe];
    afraid[afraid.length - 1] = 2;
    const round = (id: string, positions: number[], note: string | null) => ({
      id,
      instrument: 'reciprocity' as const,
      openedAt: day(id === 'r1' ? 1 : 2),
      closed: false,
      memberCount: 2,
      answers: [
        { memberId: 'a', positions: safe, total: null, note: null },
        { memberId: 'b', positions, total: null, note },
      ],
    });
    const report = reportContents(
      emptySource({
        checkins: [
          round('r1', afraid, null),
          round('r2', safe, 'I am scared of him when he drinks'),
          round('r3', safe, null),
        ],
      }),
    );
    expect(report.checkins.rounds.map((r) => r.id)).toEqual(['r3']);
  });

  it('gives no CSI totals for a circle that is not a couple', () => {
    const report = reportContents(
      emptySource({
        kind: 'family',
        checkins: [
          {
            id: 'r1',
            instrument: 'csi4',
            openedAt: day(1),
            closed: true,
            memberCount: 2,
            answers: [{ memberId: 'a', positions: sheet('csi4', 2), total: 10, note: null }],
          },
        ],
      }),
    );
    expect(report.checkins.csi).toEqual([]);
  });

  it('names the topics of revealed values conversations, never the words', () => {
    const texts = (n: number) => Array.from({ length: 9 }, (_, i) => (i < n ? `words ${i}` : ''));
    const report = reportContents(
      emptySource({
        values: [
          {
            id: 'v1',
            openedAt: day(2),
            closed: false,
            memberCount: 2,
            answers: [
              { memberId: 'a', texts: texts(2) },
              { memberId: 'b', texts: texts(1) },
            ],
          },
          {
            id: 'v2',
            openedAt: day(3),
            closed: false,
            memberCount: 2,
            answers: [{ memberId: 'a', texts: texts(9) }],
          },
        ],
      }),
    );
    expect(report.values).toEqual([{ id: 'v1', at: day(2), topics: ['respect'] }]);
    expect(JSON.stringify(report)).not.toContain('words');
  });

  it('says repair as patterns: how many, how soon, for everyone or some, where it starts', () => {
    const rupture = (id: string, at: number, started: string | null, said: [string, number][]) => ({
      id,
      occurredAt: at,
      note: null,
      notePrivate: false,
      repairStartedByMemberId: started,
      involvedMemberIds: ['a', 'b'],
      repairedAt: said.length === 2 ? Math.max(...said.map(([, when]) => when)) : null,
      repairedBy: said.map(([memberId]) => memberId),
    });
    const report = reportContents(
      emptySource({
        ruptures: [
          rupture('r1', day(1), 'a', [
            ['a', day(1) + 3600_000],
            ['b', day(1) + 7200_000],
          ]),
          rupture('r2', day(5), 'a', [
            ['a', day(8)],
            ['b', day(9)],
          ]),
          rupture('r3', day(9), 'a', [['b', day(10)]]),
          rupture('r4', day(12), null, []),
          rupture('r5', day(-3), 'b', []),
        ],
      }),
    );
    expect(report.repair).toEqual({
      ruptures: 4,
      repaired: 2,
      repairedForSome: 1,
      medianSecondsToRepair: (7200 + 4 * 86400) / 2,
      withinDayShare: 0.5,
      startPattern: 'one_side',
    });
    expect(JSON.stringify(report.repair)).not.toMatch(/"a"|"b"/);
  });

  it('says load by stage as a spread, never as anyone’s share', () => {
    const report = reportContents(
      emptySource({
        responsibilities: [
          {
            id: 'r1',
            title: 'Dinner',
            area: 'home',
            frequency: 'weekly',
            effort: 2,
            owners: { notice: 'a', plan: 'a', do: 'b', followUp: null },
          },
          {
            id: 'r2',
            title: 'Bills',
            area: 'money',
            frequency: 'monthly',
            effort: 3,
            owners: { notice: 'a', plan: 'b', do: 'b', followUp: null },
          },
        ],
      }),
    );
    expect(report.load.responsibilities).toBe(2);
    expect(report.load.stages.map((s) => [s.stage, s.spread])).toEqual([
      ['notice', 'one_side'],
      ['plan', 'shared'],
      ['do', 'one_side'],
      ['followUp', 'unowned'],
    ]);
    expect(report.load.stages[3]?.unowned).toBe(report.load.stages[3]?.load);
    expect(JSON.stringify(report.load)).not.toMatch(/Dinner|"a"|"b"/);
  });

  it('counts rituals kept within the period', () => {
    const report = reportContents(
      emptySource({
        rituals: [
          {
            id: 't1',
            kind: 'nightly_checkin',
            occurrences: [day(-1), day(1), day(2), day(3)],
            completions: [day(-1), day(1) + 3600_000, day(3) - 3600_000],
          },
        ],
      }),
    );
    expect(report.rituals).toEqual([{ id: 't1', kind: 'nightly_checkin', done: 2, of: 3 }]);
  });
});
