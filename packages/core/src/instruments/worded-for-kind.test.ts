import { describe, expect, it } from 'vitest';
import { CIRCLE_KINDS } from '../vocabulary.ts';
import { csi4 } from './csi4.ts';
import { reciprocity } from './reciprocity.ts';
import { positionScores, type InstrumentItem } from './types.ts';
import { wordedFor } from './worded-for-kind.ts';

/** Every printed word of an item: its text or words, and its option labels. */
const printed = (item: InstrumentItem): string[] =>
  item.kind === 'choice'
    ? [item.text, ...item.options.map((option) => option.label)]
    : [item.left, item.right];

const NOT_COUPLES = CIRCLE_KINDS.filter((kind) => kind !== 'couple');

describe('recipro’s own items worded for the circle’s kind', () => {
  it('reads as written for couples in a couple circle', () => {
    expect(wordedFor(reciprocity, 'couple')).toBe(reciprocity);
    expect(printed(reciprocity.items.find((item) => item.id === 'feel_valued')!)).toContain(
      'I feel valued by my partner.',
    );
  });

  it.each(NOT_COUPLES)('never says "partner" nor "intimacy" in a %s circle', (kind) => {
    const worded = wordedFor(reciprocity, kind);
    for (const item of worded.items) {
      for (const text of printed(item)) {
        expect(text).not.toMatch(/partner/i);
        expect(text).not.toMatch(/intimacy|dates/i);
      }
    }
  });

  it.each(NOT_COUPLES)(
    'keeps ids, order, scores and the version in a %s circle, so stored answers stay valid',
    (kind) => {
      const worded = wordedFor(reciprocity, kind);
      expect(worded.version).toBe(reciprocity.version);
      expect(worded.items.map((item) => item.id)).toEqual(reciprocity.items.map((item) => item.id));
      expect(worded.items.map(positionScores)).toEqual(reciprocity.items.map(positionScores));
      expect(worded.items.map((item) => item.private)).toEqual(
        reciprocity.items.map((item) => item.private),
      );
    },
  );

  it('names the circle’s own people', () => {
    const text = (kind: 'family' | 'friends' | 'team') =>
      printed(wordedFor(reciprocity, kind).items.find((item) => item.id === 'feel_valued')!)[0];
    expect(text('family')).toBe('I feel valued by my family.');
    expect(text('friends')).toBe('I feel valued by my friends.');
    expect(text('team')).toBe('I feel valued by my team.');
  });

  it('asks friends and teams about shared chores, not a household', () => {
    for (const kind of ['friends', 'team'] as const) {
      const chores = wordedFor(reciprocity, kind).items.find((item) => item.id === 'share_chores')!;
      expect(printed(chores)[0]).toMatch(/^Shared chores/);
      expect(printed(chores)[0]).not.toMatch(/household|laundry|cooking/i);
      const feeling = wordedFor(reciprocity, kind).items.find(
        (item) => item.id === 'split_feeling_chores',
      )!;
      expect(printed(feeling)[0]).toBe('Shared chores: how do you feel about that split?');
    }
  });

  it('never rewords a validated scale', () => {
    for (const kind of CIRCLE_KINDS) expect(wordedFor(csi4, kind)).toBe(csi4);
  });
});
