import { describe, expect, it } from 'vitest';
import {
  concernedBy,
  decideOwnersChange,
  decideResponsibilityEdit,
  decideRitualChange,
} from './ownership.ts';
import { ownedWholly, type StageOwners } from './responsibilities.ts';

const none: StageOwners = { notice: null, plan: null, do: null, followUp: null };

describe('who a responsibility concerns', () => {
  it('is everyone who carries a stage, once each', () => {
    expect(concernedBy(none)).toEqual([]);
    expect(concernedBy({ notice: 'ana', plan: 'ben', do: 'ana', followUp: null })).toEqual([
      'ana',
      'ben',
    ]);
  });

  it('lets only those it concerns change or delete it, anyone while nobody carries it', () => {
    expect(decideResponsibilityEdit(none, 'cy')).toBe('ok');
    expect(decideResponsibilityEdit(ownedWholly('ben'), 'ana')).toBe('forbidden');
    expect(decideResponsibilityEdit(ownedWholly('ben'), 'ben')).toBe('ok');
    expect(decideResponsibilityEdit({ ...none, plan: 'ben', do: 'ana' }, 'ana')).toBe('ok');
  });
});

describe('changing owners directly', () => {
  it('refuses taking someone else’s stages, all four or one', () => {
    expect(decideOwnersChange(ownedWholly('ben'), ownedWholly('ana'), 'ana')).toBe('forbidden');
    expect(
      decideOwnersChange(ownedWholly('ben'), { ...ownedWholly('ben'), do: 'ana' }, 'ana'),
    ).toBe('forbidden');
  });

  it('sends those it concerns to a hand-over', () => {
    const shared = { ...ownedWholly('ana'), do: 'ben' };
    expect(decideOwnersChange(shared, ownedWholly('ana'), 'ana')).toBe('conflict');
    expect(
      decideOwnersChange(ownedWholly('ana'), { ...ownedWholly('ana'), plan: null }, 'ana'),
    ).toBe('conflict');
  });

  it('lets a member take on a stage nobody carries, for themselves only', () => {
    expect(decideOwnersChange(none, { ...none, plan: 'ana' }, 'ana')).toBe('ok');
    expect(decideOwnersChange(none, { ...none, plan: 'ben' }, 'ana')).toBe('forbidden');
    expect(decideOwnersChange(ownedWholly('ana'), ownedWholly('ana'), 'cy')).toBe('ok');
  });
});

describe('changing a ritual', () => {
  it('is for those taking part, each deciding only about themselves', () => {
    expect(decideRitualChange(['ben'], ['ben'], 'ana')).toBe('forbidden');
    expect(decideRitualChange(['ben'], ['ana'], 'ana')).toBe('forbidden');
    expect(decideRitualChange(['ana', 'ben'], ['ana', 'ben'], 'ana')).toBe('ok');
    expect(decideRitualChange(['ana', 'ben'], ['ben'], 'ana')).toBe('ok');
    expect(decideRitualChange(['ana', 'ben'], ['ana'], 'ana')).toBe('forbidden');
    expect(decideRitualChange(['ana'], ['ana', 'ben'], 'ana')).toBe('forbidden');
  });
});
