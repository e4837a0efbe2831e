import { describe, expect, it } from 'vitest';
import { comeBackTime } from './time.ts';

describe('comeBackTime', () => {
  it('says the time alone on the same day, and the weekday with it on another', () => {
    const now = new Date(2026, 2, 5, 18, 0).getTime();
    const sameDay = comeBackTime(new Date(2026, 2, 5, 18, 30).toISOString(), now);
    expect(sameDay).toMatch(/6:30|18:30/);
    expect(sameDay).not.toMatch(/Thursday/);
    const nextDay = comeBackTime(new Date(2026, 2, 6, 0, 10).toISOString(), now);
    expect(nextDay).toMatch(/^Friday/);
    expect(nextDay).toMatch(/12:10|00:10/);
  });
});
