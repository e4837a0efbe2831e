import { describe, expect, it } from 'vitest';
import type { ActRecord } from '../repositories/acts.ts';
import { actsCsv } from './export-acts-csv.ts';

const members = [
  { id: 'm-asha', name: 'Asha, "the planner"', joinedAt: '2024-01-01T00:00:00.000Z' },
  { id: 'm-ben', name: '=Ben', joinedAt: '2024-01-02T00:00:00.000Z' },
];

const act = (overrides: Partial<ActRecord>): ActRecord => ({
  id: 'act',
  circleId: 'c',
  fromMemberId: 'm-asha',
  toMemberId: 'm-ben',
  form: 'practical',
  effort: 1,
  note: null,
  at: '2024-03-09T21:58:00.000Z',
  createdAt: '2024-03-09T21:58:01.000Z',
  noticedAt: null,
  questionedAt: null,
  lateEntry: false,
  ...overrides,
});

describe('actsCsv', () => {
  it('writes the header, then one row per act with names, inert and quoted', () => {
    const csv = actsCsv(
      [
        act({ note: 'tea ☕\nand toast', noticedAt: '2024-03-10T07:00:00.000Z', effort: 2 }),
        act({ fromMemberId: 'm-ben', toMemberId: 'm-asha', form: 'emotional' }),
      ],
      members,
      null,
    );
    expect(csv).toBe(
      'date,from,to,form,effort,note,noticed_at\r\n' +
        `2024-03-09T21:58:00.000Z,"Asha, ""the planner""",'=Ben,practical,2,"tea ☕\nand toast",2024-03-10T07:00:00.000Z\r\n` +
        `2024-03-09T21:58:00.000Z,'=Ben,"Asha, ""the planner""",emotional,1,,\r\n`,
    );
  });

  it('names someone no longer in the circle "a former member"', () => {
    const csv = actsCsv([act({ fromMemberId: 'm-gone' })], members, null);
    expect(csv.split('\r\n')[1]).toBe(
      `2024-03-09T21:58:00.000Z,a former member,'=Ben,practical,1,,`,
    );
  });

  it('names them in the language of the person downloading', () => {
    const csv = actsCsv([act({ fromMemberId: 'm-gone' })], members, 'es');
    expect(csv.split('\r\n')[1]).toBe(
      `2024-03-09T21:58:00.000Z,alguien que dejó el círculo,'=Ben,practical,1,,`,
    );
  });

  it('is only the header when there are no acts', () => {
    expect(actsCsv([], members, null)).toBe('date,from,to,form,effort,note,noticed_at\r\n');
  });
});
