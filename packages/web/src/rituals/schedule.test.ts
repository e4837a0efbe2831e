import { describe, expect, it } from 'vitest';
import { describeSchedule, fromRrule, toRrule } from './schedule.ts';

describe('ritual schedules', () => {
  it('makes RRULEs for every day, chosen weekdays and a day of the month', () => {
    expect(toRrule({ often: 'daily' })).toBe('FREQ=DAILY');
    expect(toRrule({ often: 'weekly', days: ['TH', 'MO'] })).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
    expect(toRrule({ often: 'monthly', monthDay: 15 })).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
  });

  it('reads the suggested rules back into the picker', () => {
    expect(fromRrule('FREQ=DAILY')).toEqual({ often: 'daily' });
    expect(fromRrule('FREQ=WEEKLY;BYDAY=SU')).toEqual({ often: 'weekly', days: ['SU'] });
    expect(fromRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=FR')).toEqual({ often: 'weekly', days: ['FR'] });
    expect(fromRrule('FREQ=MONTHLY;BYDAY=1SU')).toEqual({ often: 'monthly', monthDay: 1 });
    const weekly = { often: 'weekly', days: ['MO', 'WE'] } as const;
    expect(fromRrule(toRrule(weekly))).toEqual(weekly);
  });

  it('says a schedule in words', () => {
    expect(describeSchedule('FREQ=DAILY', '21:30')).toBe('Every day at 21:30');
    expect(describeSchedule('FREQ=WEEKLY;BYDAY=MO,TH', '19:00')).toBe(
      'Every week on Monday and Thursday at 19:00',
    );
    expect(describeSchedule('FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', '15:00')).toBe(
      'Every other week on Friday at 15:00',
    );
    expect(describeSchedule('FREQ=MONTHLY;BYDAY=1SU', '17:00')).toBe('Once a month at 17:00');
  });
});
