/**
 * recipro's own items in the words of each circle kind (PRODUCT.md principle 3): "my partner"
 * belongs to couples; a family, friends or team circle reads the same items written for it.
 * Only the printed text changes — ids, order, options' scores and the version stay the same —
 * so stored answers (positions) keep their meaning whichever wording was shown.
 */
import type { CircleKind } from '../vocabulary.ts';
import type { ChoiceItem, ChoiceOption, Instrument, InstrumentItem } from './types.ts';

interface KindWords {
  /** Shared chores, for people who may not share a home, and their short name. */
  readonly chores: string;
  readonly choresName: string;
  /** Shared money, as this kind shares it. */
  readonly money: string;
  /** Who the others are, as the member names them: "my partner", "my family". */
  readonly others: string;
  /** The same, possessive: "my partner's". */
  readonly othersPossessive: string;
  /** The safety question for this kind. */
  readonly safety: string;
}

const WORDS: Record<Exclude<CircleKind, 'couple'>, KindWords> = {
  family: {
    choresName: 'Household chores',
    chores: 'Household chores (cleaning, cooking, laundry, errands): who has been carrying them?',
    money:
      'Money matters (earning, budgeting, paying bills, watching spending): who has been carrying them?',
    others: 'my family',
    othersPossessive: "my family's",
    safety: 'Lately, have you felt afraid of someone in your family, or unsafe at home?',
  },
  friends: {
    choresName: 'Shared chores',
    chores:
      'Shared chores (hosting, tidying up afterwards, errands for the group): who has been carrying them?',
    money:
      'Money matters (shared costs, paying up front, settling up): who has been carrying them?',
    others: 'my friends',
    othersPossessive: "my friends'",
    safety: 'Lately, have you felt afraid of someone in this circle, or unsafe with them?',
  },
  team: {
    choresName: 'Shared chores',
    chores:
      'Shared chores (supplies, tidying shared spaces, the small jobs nobody owns): who has been carrying them?',
    money: 'Money matters (budgets, expenses, orders): who has been carrying them?',
    others: 'my team',
    othersPossessive: "my team's",
    safety: 'Lately, have you felt afraid of someone on your team, or unsafe at work?',
  },
};

/** Item texts that speak of a partner or of couple life, rewritten for any other kind. */
const itemText = (words: KindWords): Readonly<Record<string, string>> => ({
  share_chores: words.chores,
  share_money: words.money,
  split_feeling_chores: `${words.choresName}: how do you feel about that split?`,
  share_planning:
    'Plans (get-togethers, outings, trips, shared events): who has been making them happen?',
  share_fun_intimacy:
    'Fun and closeness (suggesting time together, play, warmth): who has been starting it?',
  feel_valued: `I feel valued by ${words.others}.`,
  satisfied_receiving: `I am content with what I receive from ${words.others}.`,
  felt_safe: words.safety,
});

/** Option labels that name the partner, with "my partner" turned into the kind's own words. */
const optionLabel = (label: string, words: KindWords): string =>
  label.replace("my partner's", words.othersPossessive).replace('my partner', words.others);

const reword = (item: InstrumentItem, words: KindWords): InstrumentItem => {
  if (item.kind !== 'choice') return item;
  const options: readonly ChoiceOption[] = item.options.map((option) => ({
    ...option,
    label: optionLabel(option.label, words),
  }));
  const text = itemText(words)[item.id] ?? item.text;
  return { ...item, text, options } satisfies ChoiceItem;
};

/**
 * The instrument as a circle of this kind reads it. A validated scale (the CSI) is never
 * reworded: it is kept verbatim, and offered to couples only (see for-kind.ts).
 */
export function wordedFor(instrument: Instrument, kind: CircleKind): Instrument {
  if (instrument.origin === 'validated' || kind === 'couple') return instrument;
  const words = WORDS[kind];
  return { ...instrument, items: instrument.items.map((item) => reword(item, words)) };
}
