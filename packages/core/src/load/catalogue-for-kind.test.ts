import { describe, expect, it } from 'vitest';
import { CIRCLE_KINDS, type CircleKind } from '../vocabulary.ts';
import { CATALOGUE_OFFERS, RESPONSIBILITY_CATALOGUE } from './catalogue.ts';
import { catalogueFor, catalogueItemFits } from './catalogue-for-kind.ts';

const ids = (kind: CircleKind) => catalogueFor(kind).map(({ id }) => id);

describe('the catalogue by circle kind', () => {
  it('offers a couple and a family the household catalogue, and nothing of a team’s', () => {
    expect(ids('couple')).toEqual(ids('family'));
    for (const id of ['cooking', 'school', 'elder_care', 'family_gatherings', 'checking_in']) {
      expect(ids('couple')).toContain(id);
    }
    expect(ids('couple').some((id) => id.startsWith('team_') || id.startsWith('friends_'))).toBe(
      false,
    );
  });

  it.each(CIRCLE_KINDS)(
    'offers a %s circle at least ten items across four areas or more',
    (kind) => {
      const offered = catalogueFor(kind);
      expect(offered.length).toBeGreaterThanOrEqual(10);
      expect(new Set(offered.map((item) => item.area)).size).toBeGreaterThanOrEqual(4);
    },
  );

  it('offers friends and teams no household chores, children or caring for a parent', () => {
    for (const kind of ['friends', 'team'] as const) {
      for (const item of catalogueFor(kind)) {
        expect(['home', 'children', 'health', 'family'], item.id).not.toContain(item.area);
      }
      for (const id of ['cooking', 'school', 'elder_care', 'birthdays', 'bills']) {
        expect(catalogueItemFits(kind, id), `${kind}: ${id}`).toBe(false);
      }
    }
  });

  it('gives a team the work of a team: meetings, notes, follow-ups, newcomers, overload', () => {
    const team = ids('team');
    for (const id of [
      'team_meetings',
      'team_notes',
      'team_follow_ups',
      'team_onboarding',
      'team_overload',
      'team_bookings',
      'checking_in',
    ]) {
      expect(team).toContain(id);
    }
    expect(team).not.toContain('plans_friends');
    expect(team.filter((id) => id.startsWith('team_')).length).toBeGreaterThanOrEqual(10);
  });

  it('gives friends what friends share: plans, hosting, costs, hard times', () => {
    const friends = ids('friends');
    for (const id of [
      'plans_friends',
      'holidays',
      'friends_hosting',
      'friends_shared_costs',
      'friends_gone_quiet',
      'friends_hard_times',
    ]) {
      expect(friends).toContain(id);
    }
    expect(friends.some((id) => id.startsWith('team_'))).toBe(false);
  });

  it('offers every item to some kind, under a unique id and title', () => {
    expect(new Set(RESPONSIBILITY_CATALOGUE.map(({ id }) => id)).size).toBe(
      RESPONSIBILITY_CATALOGUE.length,
    );
    for (const item of CATALOGUE_OFFERS) expect(item.kinds.length, item.id).toBeGreaterThan(0);
    for (const kind of CIRCLE_KINDS) {
      const titles = catalogueFor(kind).map(({ title }) => title);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it('knows no id outside the catalogue', () => {
    expect(catalogueItemFits('family', 'not-a-thing')).toBe(false);
  });
});
