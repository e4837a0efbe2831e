import { describe, expect, it } from 'vitest';
import { currentEntry } from './current-entry.ts';

const items = [
  { to: '/' },
  { to: '/circles/c1' },
  { to: '/circles/c1/checkin' },
  { to: '/circles/c1/repair' },
  { to: '/circles/c1/load', also: ['/circles/c1/rituals', '/reminders'] },
  { to: '/settings' },
];
const at = (here: string) => currentEntry(items, here)?.to;

describe('the current entry of the navigation', () => {
  it('is the entry whose address this is', () => {
    expect(at('/')).toBe('/');
    expect(at('/circles/c1')).toBe('/circles/c1');
    expect(at('/circles/c1/repair')).toBe('/circles/c1/repair');
    expect(at('/reminders')).toBe('/circles/c1/load');
  });

  it('stays on the most specific entry on the pages under it', () => {
    expect(at('/circles/c1/checkin/k9')).toBe('/circles/c1/checkin');
    expect(at('/circles/c1/repair/r1/guide')).toBe('/circles/c1/repair');
    expect(at('/circles/c1/rituals/r2')).toBe('/circles/c1/load');
    expect(at('/circles/c1/question')).toBe('/circles/c1');
  });

  it('is none where no entry leads, and never home by prefix', () => {
    expect(at('/guides')).toBeUndefined();
    expect(at('/circles/c10')).toBeUndefined();
    expect(at('/circles/c1-other/repair')).toBeUndefined();
  });
});
