import {
  CIRCLE_KINDS,
  RITUAL_KINDS,
  ritualKindsFor,
  ritualSuggestion,
  type CircleKind,
} from '@recipro/core';
import { describe, expect, it } from 'vitest';
import { ritualAbout, ritualTitle } from '../rituals/kinds.ts';
import { enBalance } from './en-balance.ts';
import { en } from './en.ts';
import { t } from './index.ts';

/**
 * Every circle kind reads as written for it (PRODUCT.md principle 3). What the web says itself
 * either has a message per kind, or one that suits every kind (the English of daily questions,
 * prompts and the load catalogue is written in core's tables, which core's kind-wording.test.ts
 * scans; insights are held in dashboard/insight-words.test.ts).
 */
const NOT_COUPLES = CIRCLE_KINDS.filter((kind) => kind !== 'couple');
const COUPLE_WORDS = /\b(partner|partners|partner's|spouse|husband|wife|boyfriend|girlfriend)\b/i;
const HOUSEHOLD_WORDS = /\b(household|housework|at home)\b/i;

describe('rituals in the words of each kind', () => {
  it.each(CIRCLE_KINDS)('names and describes each ritual a %s circle is offered', (kind) => {
    for (const ritual of ritualKindsFor(kind)) {
      // The suggested name the server gives when none is sent is the name the form fills in.
      expect(ritualTitle(ritual, kind), ritual).toBe(ritualSuggestion(ritual, kind).title);
      const about = ritualAbout(ritual, kind);
      expect(about, ritual).toBeDefined();
      expect(about!.length, ritual).toBeGreaterThan(20);
      if (kind !== 'couple') {
        expect(ritualTitle(ritual, kind)).not.toMatch(COUPLE_WORDS);
        expect(about).not.toMatch(COUPLE_WORDS);
      }
    }
  });

  it('describes a ritual offered to several kinds differently for each; one of your own alike', () => {
    for (const ritual of RITUAL_KINDS) {
      const kinds = CIRCLE_KINDS.filter((kind) => ritualKindsFor(kind).includes(ritual));
      const abouts = new Set(kinds.map((kind) => ritualAbout(ritual, kind)));
      if (ritual === 'custom') expect(abouts.size).toBe(1);
      else expect(abouts.size, ritual).toBe(kinds.length);
    }
  });

  it('keeps the plain name, and says nothing more, for a ritual the kind is not offered', () => {
    expect(ritualTitle('nightly_checkin', 'team')).toBe('Ten-minute check-in at night');
    expect(ritualAbout('nightly_checkin', 'team')).toBeUndefined();
    expect(ritualTitle('team_feedback', 'couple')).toBe('Reciprocal feedback round');
  });
});

describe('Share the load in the words of each kind', () => {
  const texts = (kind: CircleKind) => [t(`load.intro.${kind}`), t(`load.catalogue.legend.${kind}`)];

  it('has its own introduction and catalogue legend for every kind', () => {
    for (const at of [0, 1]) {
      expect(new Set(CIRCLE_KINDS.map((kind) => texts(kind)[at])).size).toBe(CIRCLE_KINDS.length);
    }
    expect(t('load.intro.team')).toContain('the team');
    for (const kind of ['friends', 'team'] as const) {
      for (const text of texts(kind)) expect(text).not.toMatch(/life together|family/i);
    }
  });
});

describe('messages that suit every kind', () => {
  it('never speak of a partner, unless they are a couple’s own', () => {
    // A daily question is asked only of the kinds it is written for (core's bank.test.ts holds
    // those about a partner to couples).
    const offending = Object.entries(en).filter(
      ([key, message]) =>
        !/\.couple(\.|$)/.test(key) &&
        !key.startsWith('dailyQuestion.') &&
        COUPLE_WORDS.test(message),
    );
    expect(offending.map(([key, message]) => `${key}: ${message}`)).toEqual([]);
  });

  it('the dashboard’s words, insights’ headings and evidence included, are one wording for every kind', () => {
    const offending = Object.entries(enBalance).filter(
      ([, message]) => COUPLE_WORDS.test(message) || HOUSEHOLD_WORDS.test(message),
    );
    expect(offending).toEqual([]);
  });

  it('the scans can fail', () => {
    expect(COUPLE_WORDS.test('I feel valued by my partner.')).toBe(true);
    expect(HOUSEHOLD_WORDS.test('the household care logged')).toBe(true);
    for (const kind of NOT_COUPLES) expect(ritualTitle('custom', kind)).toBe('Our own ritual');
  });
});

describe('a check-in schedule that stopped', () => {
  it('says which questionnaire stopped, and why', () => {
    for (const cadence of ['weekly', 'monthly'] as const) {
      const text = t(`checkin.schedule.stopped.${cadence}`, { instrument: t('instrument.csi4') });
      expect(text).toContain('“How are we doing?”');
      expect(text).toContain(cadence);
      expect(text).toMatch(/couples/);
    }
  });
});
