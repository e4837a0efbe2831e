import { beforeAll, describe, expect, it } from 'vitest';
import { loadArea } from '../i18n/areas.ts';
import { guideText as fullGuideText } from '../guides/guide-text.ts';
import { en } from '../i18n/en.ts';
import { enGuideBodies } from '../i18n/en-guide-bodies.ts';
import { parseRoute } from '../router.ts';
import {
  GUIDE_IDS,
  GUIDE_PLACES,
  GUIDES,
  guideKeys,
  guidesFor,
  type GuidePlace,
} from './guide-catalogue.ts';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** The whole catalogue: what every screen has, and the guides' own words. */
const messages: Readonly<Record<string, string>> = { ...en, ...enGuideBodies };

/** The web's components as text, to find where each place is offered. */
const sources = import.meta.glob('../**/*.tsx', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

// The guides' bodies load with the Guides screens (i18n/areas.ts).
beforeAll(() => loadArea('guideBodies'));

describe('the guide catalogue', () => {
  it('lists every guide once, in the order of its ids', () => {
    expect(GUIDES.map((g) => g.id)).toEqual([...GUIDE_IDS]);
  });

  it.each(GUIDE_IDS)('%s has a title, a lead, its paragraphs and one thing to try', (id) => {
    const keys = guideKeys(id);
    for (const key of [keys.title, keys.lead, ...keys.paragraphs, keys.tryThis]) {
      expect(messages[key], key).toBeTruthy();
      expect(fullGuideText(key)).toBe(messages[key]);
    }
    // No paragraph the catalogue does not count: each paragraph is one message.
    const own = Object.keys(messages).filter((key) => key.startsWith(`guides.${id}.`));
    expect(own.sort()).toEqual([keys.title, keys.lead, ...keys.paragraphs, keys.tryThis].sort());
    expect(keys.paragraphs.length).toBeGreaterThanOrEqual(3);
  });

  it.each(GUIDE_IDS)('%s is a two-minute read: 250 to 400 words', (id) => {
    const keys = guideKeys(id);
    const total = [...keys.paragraphs, keys.tryThis].reduce(
      (sum, key) => sum + words(messages[key] ?? ''),
      0,
    );
    expect(total).toBeGreaterThanOrEqual(250);
    expect(total).toBeLessThanOrEqual(400);
  });

  it.each(GUIDES.map((g) => [g.id, g] as const))('%s names where its ideas come from', (_, g) => {
    expect(g.sources.length).toBeGreaterThanOrEqual(2);
    for (const source of g.sources) {
      expect(source.who.trim().length).toBeGreaterThan(3);
      expect(source.title.trim().length).toBeGreaterThan(3);
      expect(source.where.trim().length).toBeGreaterThan(2);
      expect(source.year).toBeGreaterThanOrEqual(1900);
      expect(source.year).toBeLessThanOrEqual(2025);
    }
    // Each source is named in the guide's own words too, by one of its authors' family names.
    const text = guideKeys(g.id)
      .paragraphs.map((key) => messages[key])
      .join(' ');
    for (const source of g.sources) {
      const families = source.who
        .replace(/ \(editors?\)$/, '')
        .split(/,| and | with /)
        .map((name) => name.replace(/[()]/g, '').trim().split(' ').at(-1)!);
      expect(
        families.some((family) => text.includes(family)),
        `${g.id}: ${source.who}`,
      ).toBe(true);
    }
  });

  it('speaks to every kind of circle: no partner words, nothing that keeps a tally of anyone', () => {
    const text = Object.entries(messages)
      .filter(([key]) => key.startsWith('guides.'))
      .map(([, message]) => message)
      .join(' ');
    expect(text).not.toMatch(/\b(partner|spouse|husband|wife|boyfriend|girlfriend)\b/i);
    expect(text).not.toMatch(/\b(owe|debt|score|ledger|blame)/i);
  });
});

describe('where the guides are offered', () => {
  const places = Object.keys(GUIDE_PLACES) as GuidePlace[];

  it.each(places)('%s is on a screen the app has', (place) => {
    const { route, path } = GUIDE_PLACES[place];
    expect(parseRoute(path('c1'), '').name).toBe(route);
  });

  it('reads the components it looks through', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    expect(Object.keys(sources)).toContain('../screens/RepairScreen.tsx');
  });

  it.each(places)('%s is offered by a component, and offers at least one guide', (place) => {
    const offering = Object.entries(sources).filter(([, text]) =>
      text.includes(`place="${place}"`),
    );
    expect(offering.map(([file]) => file)).not.toEqual([]);
    expect(GUIDES.some((g) => g.places.includes(place))).toBe(true);
  });

  it('offers every guide somewhere, and names only places that exist', () => {
    for (const guide of GUIDES) {
      expect(guide.places.length, guide.id).toBeGreaterThan(0);
      for (const place of guide.places) expect(places).toContain(place);
      // Guides offered beside insights say which insights call for them, and only those.
      expect(guide.places.includes('balance.insights'), guide.id).toBe(
        (guide.insights?.length ?? 0) > 0,
      );
    }
  });

  it('offers a guide beside the balance insights only while one that calls for it is shown', () => {
    expect(guidesFor('balance.insights', [])).toEqual([]);
    expect(guidesFor('balance.insights', ['in_rhythm', 'thin_data'])).toEqual([]);
    expect(guidesFor('balance.insights', ['one_sided']).map((g) => g.id)).toEqual(['three-kinds']);
    expect(guidesFor('balance.insights', ['season', 'fit']).map((g) => g.id)).toEqual([
      'hard-seasons',
      'culture-and-care',
    ]);
    expect(guidesFor('repair').map((g) => g.id)).toEqual([
      'hurt-for-hurt',
      'feeling-disrespected',
      'talk-now-or-later',
      'calming-together',
    ]);
  });
});
