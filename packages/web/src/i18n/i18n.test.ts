import { CIRCLE_KINDS, FORMS_OF_CARE } from '@recipro/core';
import { describe, expect, it, vi } from 'vitest';
import { formHint, formLabel, kindLabel } from '../care.ts';
import { completeCatalogues } from './complete.ts';
import { en } from './en.ts';
import { parse } from '@formatjs/icu-messageformat-parser';
import { messageArguments } from './arguments.ts';
import {
  activeLocale,
  andList,
  formatDate,
  formatRelative,
  installCatalogue,
  render,
  t,
  tn,
} from './index.ts';
import { isPlain } from '@recipro/core';

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
    for (const message of Object.values(completeCatalogues.en))
      expect(message).not.toMatch(/\b(owe|debt|score)/i);
  });
});

describe('messages through ICU MessageFormat', () => {
  it('fills a plain message exactly as ICU would, with words and with numbers', () => {
    for (const [key, message] of Object.entries(completeCatalogues.en)) {
      if (!isPlain(message)) continue;
      const compiled = parse(message, { ignoreTag: true });
      const names = [...messageArguments(message).names];
      for (const value of ['Sam', 'نوح', 4321]) {
        const params = Object.fromEntries(names.map((name) => [name, value]));
        expect(render(key, message, params), key).toBe(render(key, compiled, params));
      }
    }
  });

  it('picks plural forms by the language’s rules, and formats the number in it', () => {
    installCatalogue('ar', en);
    try {
      expect(activeLocale().direction).toBe('rtl');
      const big = new Intl.NumberFormat('ar').format(2000);
      expect(tn('home.members', 2000)).toBe(`${big} people`);
      expect(t('validation.noteTooLong', { max: 2000, count: 2001 })).toContain(big);
    } finally {
      installCatalogue('en', en);
    }
  });

  it('in a right-to-left language, isolates a filled-in word written left to right', () => {
    installCatalogue('ar', en);
    try {
      expect(t('members.makeKeeper', { name: 'Noa' })).toBe('Make \u2068Noa\u2069 the keeper');
      expect(t('members.makeKeeper', { name: 'نوح' })).toBe('Make نوح the keeper');
    } finally {
      installCatalogue('en', en);
    }
  });

  it('picks a select option by the word given, never isolated, in either direction', () => {
    const message = '{circle, select, family {a family: {name}} other {another kind: {name}}}';
    expect(render('test.select', message, { circle: 'family', name: 'נועה' })).toBe(
      'a family: \u2068נועה\u2069',
    );
    installCatalogue('ar', en);
    try {
      expect(render('test.select', message, { circle: 'family', name: 'Noa' })).toBe(
        'a family: \u2068Noa\u2069',
      );
    } finally {
      installCatalogue('en', en);
    }
  });

  it('formats dates and lists in the current language', () => {
    const day = '2026-03-05T12:00:00Z';
    expect(formatDate(day)).toBe('Mar 5, 2026');
    expect(andList(['Sam', 'Noa', 'Ari'])).toBe('Sam, Noa, and Ari');
    installCatalogue('es', en);
    try {
      expect(formatDate(day)).toBe(
        new Intl.DateTimeFormat('es', { dateStyle: 'medium' }).format(new Date(day)),
      );
      expect(andList(['Sam', 'Noa', 'Ari'])).toBe('Sam, Noa y Ari');
    } finally {
      installCatalogue('en', en);
    }
    expect(formatDate(day)).toBe('Mar 5, 2026');
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

describe('a message that cannot be formatted', () => {
  it('shows the English message instead of breaking the screen', () => {
    const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A translation that picks a plural form by a placeholder the screen fills with words.
    installCatalogue('es', {
      ...en,
      'validation.nameTooLong': '{max, plural, one {# letra} other {# letras}} como mucho',
    });
    try {
      expect(t('validation.nameTooLong', { max: 'diez' })).toBe(
        render('validation.nameTooLong', en['validation.nameTooLong'], { max: 'diez' }),
      );
      expect(t('validation.nameTooLong', { max: 10 })).toBe('10 letras como mucho');
    } finally {
      installCatalogue('en', en);
    }
    expect(said).toHaveBeenCalledTimes(1);
  });
});
