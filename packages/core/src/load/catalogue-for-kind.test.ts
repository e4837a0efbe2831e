import { describe, expect, it } from 'vitest';
import { RESPONSIBILITY_CATALOGUE } from './catalogue.ts';
import { catalogueFor, catalogueItemFits } from './catalogue-for-kind.ts';

const ids = (kind: Parameters<typeof catalogueFor>[0]) => catalogueFor(kind).map(({ id }) => id);

describe('the catalogue by circle kind', () => {
  it('offers a couple and a family the whole household catalogue', () => {
    const all = RESPONSIBILITY_CATALOGUE.map(({ id }) => id);
    expect(ids('couple')).toEqual(all);
    expect(ids('family')).toEqual(all);
  });

  it('offers friends and teams no household chores, children or caring for a parent', () => {
    for (const kind of ['friends', 'team'] as const) {
      const offered = catalogueFor(kind);
      expect(offered.length).toBeGreaterThan(2);
      for (const item of offered) {
        expect(['home', 'children', 'health'], item.id).not.toContain(item.area);
        expect(item.id).not.toBe('elder_care');
      }
      expect(catalogueItemFits(kind, 'cooking')).toBe(false);
      expect(catalogueItemFits(kind, 'school')).toBe(false);
    }
    expect(ids('friends')).toContain('plans_friends');
    expect(ids('team')).not.toContain('plans_friends');
    expect(ids('team')).toContain('checking_in');
  });

  it('knows no id outside the catalogue', () => {
    expect(catalogueItemFits('family', 'not-a-thing')).toBe(false);
  });
});
