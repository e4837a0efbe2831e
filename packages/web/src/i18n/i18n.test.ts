import { CIRCLE_KINDS, FORMS_OF_CARE } from '@recipro/core';
import { describe, expect, it } from 'vitest';
import { formHint, formLabel, kindLabel } from '../care.ts';
import { enGuideBodies } from './en-guide-bodies.ts';
import { en } from './en.ts';
import { formatRelative, t, tn } from './index.ts';

describe('t and tn', () => {
  it('fills placeholders, formatting numbers', () => {
    expect(t('log.done', { form: 'Quality time', name: 'Sam' })).toBe(
      'Logged: Quality time for Sam.',
    );
    expect(t('validation.noteTooLong', { max: 2000, count: 2001 })).toContain('2,000');
  });

  it('isolates a filled-in word that runs right to left, and only such a word', () => {
    // "Make נועה the keeper": the Hebrew name keeps its own direction inside the English line.
    expect(t('members.makeKeeper', { name: 'נועה' })).toBe('Make \u2068נועה\u2069 the keeper');
    expect(t('members.keeperHanded', { name: 'عمر 2' })).toBe(
      '\u2068عمر 2\u2069 is the keeper now.',
    );
    expect(t('members.makeKeeper', { name: 'Noa' })).toBe('Make Noa the keeper');
    expect(tn('home.members', 3)).toBe('3 people');
  });

  it('picks the plural form', () => {
    expect(tn('summary.youGave', 1)).toBe('You gave 1 act of care in these days');
    expect(tn('summary.youGave', 0)).toBe('You gave 0 acts of care in these days');
    expect(tn('home.members', 3)).toBe('3 people');
  });

  it('has no message that speaks of debt or score', () => {
    for (const message of Object.values({ ...en, ...enGuideBodies }))
      expect(message).not.toMatch(/\b(owe|debt|score)/i);
  });
});

describe('vocabulary labels', () => {
  it('gives every form of care and circle kind a human label', () => {
    for (const form of FORMS_OF_CARE) {
      expect(formLabel(form)).not.toContain('_');
      expect(formHint(form).length).toBeGreaterThan(0);
    }
    expect(formLabel('quality_time')).toBe('Quality time');
    expect(formLabel('mental_load')).toBe('Mental load');
    for (const kind of CIRCLE_KINDS) expect(kindLabel(kind)).toMatch(/^[A-Z]/);
  });
});

describe('formatRelative', () => {
  const now = Date.UTC(2026, 0, 10, 12, 0, 0);
  it('speaks of recent times in words', () => {
    expect(formatRelative(new Date(now - 5 * 60_000).toISOString(), now)).toBe('5 minutes ago');
    expect(formatRelative(new Date(now - 26 * 3_600_000).toISOString(), now)).toBe('yesterday');
    expect(formatRelative(new Date(now - 10_000).toISOString(), now)).toBe('now');
  });
});
