import { CIRCLE_KINDS, RITUAL_KINDS, ritualSuggestion } from '@recipro/core';
import { describe, expect, it } from 'vitest';
import { parseRule } from './rule.ts';

const problemOf = (text: string) => {
  const parsed = parseRule(text);
  return 'problem' in parsed ? parsed.problem : null;
};

describe('parseRule', () => {
  it('takes every rule the schedule picker and the suggested rituals make', () => {
    for (const text of [
      'FREQ=DAILY',
      'FREQ=WEEKLY;BYDAY=MO,TH',
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU',
      'FREQ=MONTHLY;BYMONTHDAY=28',
      ...RITUAL_KINDS.flatMap((ritual) =>
        CIRCLE_KINDS.map((kind) => ritualSuggestion(ritual, kind).rrule),
      ),
    ]) {
      expect(problemOf(text), text).toBeNull();
    }
  });

  it('reads the parts it takes', () => {
    expect(parseRule('rrule:freq=monthly;interval=2;byday=1su,-1fr;bymonth=1,7;wkst=su')).toEqual({
      rule: {
        freq: 'MONTHLY',
        interval: 2,
        until: null,
        byMonth: [1, 7],
        byMonthDay: null,
        byDay: [
          { weekday: 0, nth: 1 },
          { weekday: 5, nth: -1 },
        ],
        weekStart: 0,
      },
    });
    expect(parseRule('FREQ=YEARLY;UNTIL=20300229')).toHaveProperty('problem');
    expect(parseRule('FREQ=YEARLY;UNTIL=20280229T120000Z')).toMatchObject({
      rule: { until: Date.UTC(2028, 1, 29) / 86_400_000 },
    });
  });

  it('refuses whatever would fire more than once a day', () => {
    const hours = Array.from({ length: 24 }, (_, i) => i).join(',');
    const minutes = Array.from({ length: 60 }, (_, i) => i).join(',');
    for (const text of [
      `FREQ=DAILY;BYHOUR=${hours};BYMINUTE=${minutes};BYSECOND=${minutes}`,
      'FREQ=DAILY;BYHOUR=9',
      'FREQ=WEEKLY;BYMINUTE=30',
      'FREQ=MONTHLY;BYSECOND=1',
      'FREQ=HOURLY',
      'FREQ=MINUTELY',
      'FREQ=SECONDLY',
    ]) {
      expect(problemOf(text), text).toMatch(/daily at most/);
    }
  });

  it('refuses the parts the picker never makes, naming them', () => {
    expect(problemOf('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1')).toMatch(/BYSETPOS/);
    expect(problemOf('FREQ=DAILY;COUNT=10')).toMatch(/COUNT/);
    expect(problemOf('FREQ=YEARLY;BYYEARDAY=100')).toMatch(/BYYEARDAY/);
    expect(problemOf('FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO')).toMatch(/BYWEEKNO/);
    expect(problemOf('FREQ=DAILY;X-NAME=1')).toMatch(/X-NAME/);
    expect(problemOf('FREQ=DAILY;FREQ=WEEKLY')).toMatch(/twice/);
    expect(problemOf('DTSTART:20300101T000000Z\nRRULE:FREQ=DAILY')).toMatch(/own start/);
    expect(problemOf('FREQ=DAILY;TZID=Europe/London')).toMatch(/own start/);
  });

  it('refuses values out of range or in the wrong kind of rule', () => {
    for (const text of [
      '',
      'every day please',
      'INTERVAL=2',
      'FREQ=FORTNIGHTLY',
      'FREQ=DAILY;INTERVAL=0',
      'FREQ=DAILY;INTERVAL=1001',
      'FREQ=DAILY;INTERVAL=1e3',
      'FREQ=DAILY;UNTIL=tomorrow',
      'FREQ=MONTHLY;BYMONTHDAY=0',
      'FREQ=MONTHLY;BYMONTHDAY=32',
      'FREQ=YEARLY;BYMONTH=13',
      'FREQ=WEEKLY;BYDAY=XX',
      'FREQ=WEEKLY;BYDAY=1MO',
      'FREQ=DAILY;BYDAY=-1FR',
      'FREQ=MONTHLY;BYDAY=6MO',
      'FREQ=YEARLY;BYDAY=54MO',
      'FREQ=YEARLY;BYMONTH=3;BYDAY=6MO',
      'FREQ=WEEKLY;BYMONTHDAY=1',
      'FREQ=DAILY;WKST=XX',
      'FREQ=DAILY;;',
      `FREQ=MONTHLY;BYMONTHDAY=${Array.from({ length: 65 }, () => '1').join(',')}`,
    ]) {
      expect(problemOf(text), JSON.stringify(text)).not.toBeNull();
    }
    expect(problemOf('FREQ=YEARLY;BYDAY=53MO')).toBeNull();
    expect(problemOf('FREQ=MONTHLY;BYMONTHDAY=-31,31')).toBeNull();
  });
});
