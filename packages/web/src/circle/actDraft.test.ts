import { describe, expect, it } from 'vitest';
import type { Act } from '../api.ts';
import { actChanges, draftOf, fromLocalInput, toLocalInput, whenProblem } from './actDraft.ts';

const act: Act = {
  id: 'a1',
  circleId: 'c1',
  fromMemberId: 'm1',
  toMemberId: 'm2',
  form: 'practical',
  effort: 2,
  note: 'Made tea',
  at: '2026-03-03T10:15:42.000Z',
  createdAt: '2026-03-03T10:15:42.000Z',
  noticedAt: null,
  questionedAt: null,
  lateEntry: false,
};

describe('local times for a datetime-local field', () => {
  it('shows an instant to the minute and reads it back as the same minute', () => {
    const shown = toLocalInput(act.at);
    expect(shown).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(fromLocalInput(shown)).toBe('2026-03-03T10:15:00.000Z');
  });

  it('reads seconds when the field gives them', () => {
    const shown = toLocalInput(act.at);
    expect(fromLocalInput(`${shown}:42`)).toBe('2026-03-03T10:15:42.000Z');
  });

  it('refuses what is not a real time', () => {
    for (const value of ['', '2026-03-03', '2026-02-31T10:00', 'soon', '2026-03-03T10:15Z']) {
      expect(fromLocalInput(value)).toBeUndefined();
    }
  });
});

describe('actChanges', () => {
  it('is empty for an untouched draft, so nothing is sent', () => {
    expect(actChanges(act, draftOf(act))).toEqual({});
    expect(actChanges({ ...act, note: null }, draftOf({ ...act, note: null }))).toEqual({});
  });

  it('holds exactly the fields that differ', () => {
    const draft = { ...draftOf(act), form: 'emotional' as const, note: '  Listened late  ' };
    expect(actChanges(act, draft)).toEqual({ form: 'emotional', note: 'Listened late' });
    expect(actChanges(act, { ...draftOf(act), effort: 3, toMemberId: 'm3' })).toEqual({
      effort: 3,
      toMemberId: 'm3',
    });
  });

  it('clears an emptied note with null', () => {
    expect(actChanges(act, { ...draftOf(act), note: '   ' })).toEqual({ note: null });
  });

  it('sends a new time only when the minute shown was changed', () => {
    const earlier = toLocalInput('2026-03-02T08:00:00.000Z');
    expect(actChanges(act, { ...draftOf(act), when: earlier })).toEqual({
      at: '2026-03-02T08:00:00.000Z',
    });
  });

  it('keeps a receiver who has left unless another is chosen', () => {
    const forFormer = { ...act, toMemberId: 'gone' };
    expect(actChanges(forFormer, draftOf(forFormer))).toEqual({});
  });
});

describe('whenProblem', () => {
  const now = Date.parse('2026-03-04T12:00:00.000Z');
  it('accepts the act’s own time and any moment that has passed', () => {
    expect(whenProblem(draftOf(act), act, now)).toBeUndefined();
    const past = { ...draftOf(act), when: toLocalInput('2026-03-01T09:30:00.000Z') };
    expect(whenProblem(past, act, now)).toBeUndefined();
  });

  it('asks for a time when the field was cleared, and a past one for a future time', () => {
    expect(whenProblem({ ...draftOf(act), when: '' }, act, now)).toBe('required');
    const later = { ...draftOf(act), when: toLocalInput('2026-03-05T09:00:00.000Z') };
    expect(whenProblem(later, act, now)).toBe('future');
  });
});
