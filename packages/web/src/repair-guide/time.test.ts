import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArea } from '../i18n/areas.ts';
import { completeCatalogues } from '../i18n/complete.ts';
import { en } from '../i18n/en.ts';
import { installCatalogue, t } from '../i18n/index.ts';
import { comeBackTime } from './time.ts';

describe('comeBackTime', () => {
  beforeAll(() => loadArea('repairGuide'));
  afterAll(() => installCatalogue('en', en));

  const now = new Date(2026, 2, 5, 18, 0).getTime();
  const at = (day: number, hours: number, minutes: number) =>
    new Date(2026, 2, day, hours, minutes).toISOString();

  it('says the time alone on the same day, and the weekday with it on another', () => {
    const sameDay = comeBackTime(at(5, 18, 30), now);
    expect(sameDay).toMatch(/6:30|18:30/);
    expect(sameDay).not.toMatch(/Thursday/);
    const nextDay = comeBackTime(at(6, 0, 10), now);
    expect(nextDay).toMatch(/^Friday/);
    expect(nextDay).toMatch(/12:10|00:10|0:10/);
  });

  it('says "hacia la 1:30" in Spanish for the one o’clock hour, "las" for the others', () => {
    installCatalogue('es', completeCatalogues.es);
    expect(comeBackTime(at(5, 19, 30), now)).toBe('las 19:30');
    expect(comeBackTime(at(6, 1, 30), now)).toBe('el viernes a la 1:30');
    expect(comeBackTime(at(6, 13, 5), now)).toBe('el viernes a las 13:05');
    const said = t('repairGuide.pause.comeBack', { time: comeBackTime(at(6, 1, 30), now) });
    expect(said).toMatch(/^Vuelve hacia el viernes a la 1:30, o cuando/);
  });
});
