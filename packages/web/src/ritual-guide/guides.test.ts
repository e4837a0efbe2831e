import { CIRCLE_KINDS, reciprocity, RITUAL_KINDS } from '@recipro/core';
import { describe, expect, it } from 'vitest';
import { loadArea } from '../i18n/areas.ts';
import { isGuideId } from '../components/guide-catalogue.ts';
import { en } from '../i18n/en.ts';
import {
  cardKey,
  ownItemText,
  RITUAL_GUIDE_IDS,
  RITUAL_GUIDE_OF,
  RITUAL_GUIDES,
  ritualGuideFor,
  turnOrder,
  WEEKLY_ITEMS,
  type RitualGuide,
} from './guides.ts';

const messages: Readonly<Record<string, string>> = en;

/** Every message key a guide's cards use, in order. */
const keysOf = (guide: RitualGuide): string[] => [
  cardKey(guide.id, 'intro'),
  ...guide.cards.flatMap((card) =>
    card.kind === 'prompt'
      ? [cardKey(guide.id, card.key)]
      : card.kind === 'turns'
        ? [
            ...card.keys.map((key) => cardKey(guide.id, key)),
            ...(card.keys.length > 1 ? [cardKey(guide.id, 'heading')] : []),
          ]
        : [],
  ),
];

describe('guided rituals', () => {
  it.each(RITUAL_KINDS)('%s opens a guide', (kind) => {
    expect(RITUAL_GUIDE_IDS).toContain(RITUAL_GUIDE_OF[kind]);
    expect(ritualGuideFor(kind).id).toBe(RITUAL_GUIDE_OF[kind]);
  });

  it('maps each kind as the issue asks, and a kind without its own guide to the simple one', () => {
    expect(RITUAL_GUIDE_OF).toEqual({
      nightly_checkin: 'nightly',
      appreciation: 'appreciation',
      weekly_checkin: 'weekly',
      monthly_family_checkin: 'family-month',
      team_feedback: 'feedback-round',
      get_together: 'together',
      custom: 'together',
    });
    // Every guide is opened by some kind.
    expect(new Set(Object.values(RITUAL_GUIDE_OF))).toEqual(new Set(RITUAL_GUIDE_IDS));
  });

  it.each(RITUAL_GUIDE_IDS)('%s has words for its introduction and every card', (id) => {
    const guide = RITUAL_GUIDES[id];
    expect(guide.id).toBe(id);
    expect(guide.cards.length).toBeGreaterThan(0);
    for (const key of keysOf(guide)) expect(messages[key], key).toBeTruthy();
    // And no words for cards it does not have.
    const own = Object.keys(messages).filter((key) => key.startsWith(`ritualGuide.${id}.`));
    expect(own.sort()).toEqual(keysOf(guide).sort());
    expect(isGuideId(guide.related)).toBe(true);
  });

  it('times the nightly ten minutes and the two-minute appreciation, gently', () => {
    expect(RITUAL_GUIDES.nightly.minutes).toBe(10);
    expect(RITUAL_GUIDES.nightly.cards.filter((c) => c.kind === 'prompt')).toHaveLength(3);
    expect(RITUAL_GUIDES.appreciation.minutes).toBe(2);
    expect(RITUAL_GUIDES.appreciation.cards).toHaveLength(1);
    expect(RITUAL_GUIDES.weekly.minutes).toBeUndefined();
  });

  it('goes round the people for the family check-in and the feedback round', () => {
    expect(RITUAL_GUIDES['family-month'].cards.some((c) => c.kind === 'turns')).toBe(true);
    expect(RITUAL_GUIDES['feedback-round'].cards).toEqual([
      { kind: 'turns', keys: ['received', 'needed'] },
    ]);
  });

  it('talks about a few of recipro’s own items, never the private safety question', () => {
    const cards = RITUAL_GUIDES.weekly.cards;
    expect(cards.map((c) => (c.kind === 'item' ? c.itemId : null))).toEqual([...WEEKLY_ITEMS]);
    for (const itemId of WEEKLY_ITEMS) {
      const item = reciprocity.items.find((i) => i.id === itemId);
      expect(item, itemId).toBeDefined();
      expect(item!.private).toBe(false);
    }
    expect(WEEKLY_ITEMS).not.toContain('felt_safe');
  });

  it.each(CIRCLE_KINDS)(
    'words the weekly items for a %s circle as its check-ins do',
    async (kind) => {
      // In English, with the items' area as a ritual's guide loads it.
      await loadArea('checkinItems');
      for (const itemId of WEEKLY_ITEMS) {
        const text = ownItemText(itemId, kind);
        expect(text, itemId).toBeTruthy();
        if (kind !== 'couple') expect(text).not.toMatch(/partner/i);
      }
      expect(ownItemText('feel_valued', 'couple')).toBe('I feel valued by my partner.');
      expect(ownItemText('feel_valued', 'team')).toBe('I feel valued by my team.');
      expect(ownItemText('no_such_item', kind)).toBeUndefined();
    },
  );

  it('goes round in the ritual’s order, leaving out anyone no longer in the circle', () => {
    expect(turnOrder(['b', 'a', 'gone', 'c'], ['a', 'b', 'c'])).toEqual(['b', 'a', 'c']);
    expect(turnOrder([], ['a'])).toEqual([]);
  });
});
