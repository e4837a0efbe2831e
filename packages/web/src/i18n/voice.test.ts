import { LEDGER_WORDS as LEDGER, LOCALES, NEVER_SAID as NEVER } from '@recipro/core';
import { describe, expect, it } from 'vitest';
import { messageArguments } from './arguments.ts';
import { completeCatalogues } from './complete.ts';

/**
 * The catalogue held to docs/voice.md ("Rhythm, never a ledger"): a screen that others in the
 * circle also see never sets two people's numbers side by side, ranks people, or names who
 * "carries" or "started" more; numbers about a person are said to that person, as "you".
 */

/** Placeholders that stand for a person (or people). */
const PERSON = new Set(['a', 'b', 'from', 'to', 'other', 'giver', 'name', 'names', 'who']);
/** Placeholders that stand for a count, share or amount. */
const NUMBER = new Set([
  'count',
  'percent',
  'share',
  'doing',
  'invisible',
  'inventory',
  'perceived',
  'effort',
  'total',
  'repaired',
  'ruptures',
]);

const placeholders = (message: string) => [...messageArguments(message).names];

const toEntry = ([key, message]: [string, string]) => {
  const names = placeholders(message);
  return {
    key,
    message,
    persons: names.filter((n) => PERSON.has(n)),
    numbers: names.filter((n) => NUMBER.has(n)),
  };
};
type Entry = ReturnType<typeof toEntry>;
const entries = Object.entries(completeCatalogues.en).map(toEntry);
const entriesOf = (locale: (typeof LOCALES)[number]) =>
  Object.entries(completeCatalogues[locale]).map(toEntry);

/** The rules, one predicate each, used on the catalogue and on the examples below. */
const twoPeopleBesideANumber = (e: Entry) => e.persons.length >= 2 && e.numbers.length > 0;
const aNameBesideANumber = (e: Entry) => e.persons.length > 0 && e.numbers.length > 0;
const aNameWithLedgerWords = (e: Entry) => e.persons.length > 0 && LEDGER.test(e.message);
const offending = (rule: (e: Entry) => boolean) =>
  entries.filter(rule).map((e) => `${e.key}: ${e.message}`);

describe('the message catalogue keeps rhythm, never a ledger', () => {
  it('never sets two people beside a number', () => {
    expect(offending(twoPeopleBesideANumber)).toEqual([]);
  });

  it('never puts a person’s name beside a number (a number is said to its own subject, as "you")', () => {
    expect(offending(aNameBesideANumber)).toEqual([]);
  });

  it('never names a person with words that rank, keep score or blame', () => {
    expect(offending(aNameWithLedgerWords)).toEqual([]);
  });

  // The rules about people and numbers read a message's placeholders, which every language
  // shares, so they hold each translation as they hold English (words of debt and score in
  // other languages: catalogues.test.ts).
  it.each(LOCALES.filter((l) => l !== 'en'))(
    'never sets a name beside a number in %s either',
    (locale) => {
      const found = entriesOf(locale)
        .filter((e) => twoPeopleBesideANumber(e) || aNameBesideANumber(e))
        .map((e) => `${e.key}: ${e.message}`);
      expect(found).toEqual([]);
    },
  );

  it('never speaks of debt, score, fault or blame at all', () => {
    const offending = entries.filter((e) => NEVER.test(e.message));
    expect(offending.map((e) => `${e.key}: ${e.message}`)).toEqual([]);
  });

  // Messages recipro once shipped and must never ship again: the rules above catch each one.
  // They live only here, as the test's counter-examples, under keys no catalogue has
  // ("retired."); no screen shows them.
  it('would have caught the old ledger messages', () => {
    const old = {
      'retired.summary.received_other': '{name} gave you {count} acts of care',
      'retired.summary.between_other': '{from} gave {to} {count} acts of care',
      'retired.load.shares.person': '{name} carries {share} of the load.',
      'retired.repair.stats.started_other': '{name} started {count} repairs',
      'retired.chat.warm.thanks_other': '{name} says thank you most often: {count} times.',
      'retired.balance.flow.mine_other': 'You gave {name} {count} acts of care {period}',
      'retired.chat.metric.item': '{name} {count}',
    };
    const caught = Object.entries(old)
      .map(toEntry)
      .filter((e) => aNameBesideANumber(e) || aNameWithLedgerWords(e));
    expect(caught.map((e) => e.key)).toEqual(Object.keys(old));
  });
});
