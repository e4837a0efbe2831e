import { describe, expect, it } from 'vitest';
import { completeCatalogues } from '../i18n/complete.ts';
import { en } from '../i18n/en.ts';
import { installCatalogue } from '../i18n/index.ts';
import { clockHour, clockTime, momentOf } from '../i18n/times.ts';
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
    expect(describeSchedule('FREQ=DAILY', '21:30', 21)).toBe('Every day at 21:30');
    expect(describeSchedule('FREQ=WEEKLY;BYDAY=MO,TH', '19:00', 19)).toBe(
      'Every week on Monday and Thursday at 19:00',
    );
    expect(describeSchedule('FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', '15:00', 15)).toBe(
      'Every other week on Friday at 15:00',
    );
    expect(describeSchedule('FREQ=MONTHLY;BYDAY=1SU', '17:00', 17)).toBe('Once a month at 17:00');
  });

  it('says "a la una" in Spanish for a time in the one o’clock hour, "a las" for the others', () => {
    installCatalogue('es', completeCatalogues.es);
    try {
      const at = (time: string) => {
        const moment = momentOf(time, 'Europe/Madrid', new Date(Date.UTC(2026, 2, 10)));
        return [clockTime(moment, 'Europe/Madrid'), clockHour(moment, 'Europe/Madrid')] as const;
      };
      expect(describeSchedule('FREQ=DAILY', ...at('01:30'))).toBe('Cada día a la 1:30');
      expect(describeSchedule('FREQ=DAILY', ...at('13:05'))).toBe('Cada día a las 13:05');
      expect(describeSchedule('FREQ=DAILY', ...at('00:15'))).toBe('Cada día a las 0:15');
      expect(describeSchedule('FREQ=WEEKLY;BYDAY=MO', ...at('01:00'))).toBe(
        'Cada semana: lunes, a la 1:00',
      );
      expect(describeSchedule('FREQ=MONTHLY;BYDAY=1SU', ...at('11:45'))).toBe(
        'Una vez al mes, a las 11:45',
      );
    } finally {
      installCatalogue('en', en);
    }
  });
});
