/**
 * recipro's own check-in questions. Not a standard or validated scale: no total, no cut-off.
 * Every item here was written clean-room from the construct definition in its provenance
 * (INSTRUMENTS.md, "The product's own items"): never from, nor as a paraphrase of, any
 * published item. Never change an item in place: new wording, options or order is a new
 * `version` (stored answers are positions, so they only mean something against their version).
 */
import type { ChoiceItem, ChoiceOption, Instrument, Provenance } from './types.ts';

export const RECIPROCITY_OWN_LABEL =
  "recipro's own check-in questions — not a standard or validated scale";

/** The areas of shared life whose load each member reports. Stable ids. */
export const RECIPROCITY_AREAS = [
  'chores',
  'mental_load',
  'emotional_support',
  'money',
  'planning',
  'fun_intimacy',
] as const;
export type ReciprocityArea = (typeof RECIPROCITY_AREAS)[number];

/**
 * Own share of an area, from "Mostly me" to "Mostly my partner". The score is the member's own
 * share in points out of 100 (coarse: 100 means "mostly me", not literally all of it), so two
 * members' scores can be added: 100 is a consistent pair, above 100 an over-claim.
 */
export const SHARE_OPTIONS: readonly ChoiceOption[] = [
  { label: 'Mostly me', score: 100 },
  { label: 'A bit more me', score: 75 },
  { label: 'About half each', score: 50 },
  { label: 'A bit more my partner', score: 25 },
  { label: 'Mostly my partner', score: 0 },
];

/** How a member feels about the split of an area, 0 (unhappy) … 4 (happy). */
export const SPLIT_FEELING_OPTIONS: readonly ChoiceOption[] = [
  { label: 'Unhappy with it', score: 0 },
  { label: 'Somewhat unhappy', score: 1 },
  { label: 'Mixed feelings', score: 2 },
  { label: 'Mostly fine', score: 3 },
  { label: 'Happy with it', score: 4 },
];

/** A plain agreement scale for statements, 0 (disagree) … 4 (agree). */
export const AGREEMENT_OPTIONS: readonly ChoiceOption[] = [
  { label: 'Disagree', score: 0 },
  { label: 'Somewhat disagree', score: 1 },
  { label: 'Unsure', score: 2 },
  { label: 'Somewhat agree', score: 3 },
  { label: 'Agree', score: 4 },
];

/** The give-and-take feeling, −3 (much more in my partner's favour) … +3 (in my favour). */
export const FAIRNESS_OPTIONS: readonly ChoiceOption[] = [
  { label: "Much more in my partner's favour", score: -3 },
  { label: "Somewhat more in my partner's favour", score: -2 },
  { label: "A little more in my partner's favour", score: -1 },
  { label: 'About equal', score: 0 },
  { label: 'A little more in my favour', score: 1 },
  { label: 'Somewhat more in my favour', score: 2 },
  { label: 'Much more in my favour', score: 3 },
];

/** The safety question: anything but "No" suggests a concern (see safety.ts). */
export const SAFETY_OPTIONS: readonly ChoiceOption[] = [
  { label: 'No', score: 0 },
  { label: 'Not sure', score: 1 },
  { label: 'Sometimes', score: 2 },
  { label: 'Often', score: 3 },
];

interface AreaText {
  readonly name: string;
  readonly share: string;
  readonly construct: string;
}

const AREA_TEXT: Record<ReciprocityArea, AreaText> = {
  chores: {
    name: 'Household chores',
    share: 'Household chores (cleaning, cooking, laundry, errands): who has been carrying them?',
    construct: 'Perceived own share of routine household tasks.',
  },
  mental_load: {
    name: 'Keeping track',
    share:
      'Keeping track of things (noticing what needs doing, remembering, deciding, following up): who has been carrying it?',
    construct:
      'Perceived own share of the cognitive household work: anticipating needs, identifying options, deciding and monitoring (after Daminger).',
  },
  emotional_support: {
    name: 'Emotional support',
    share:
      'Emotional support (listening, comforting, helping through a hard day): who has been giving more of it?',
    construct: 'Perceived own share of the emotional support given in the relationship.',
  },
  money: {
    name: 'Money',
    share:
      'Money matters (earning, budgeting, paying bills, watching spending): who has been carrying them?',
    construct: 'Perceived own share of providing for and managing shared money.',
  },
  planning: {
    name: 'Plans',
    share:
      'Plans (time with friends and family, outings, dates, holidays): who has been making them happen?',
    construct: 'Perceived own share of initiating and organising social and shared plans.',
  },
  fun_intimacy: {
    name: 'Fun and closeness',
    share:
      'Fun and closeness (suggesting time together, play, affection, intimacy): who has been starting it?',
    construct: 'Perceived own share of initiating shared fun, affection and intimacy.',
  },
};

const BALANCE_BASIS =
  'INSTRUMENTS.md "give/get balance per domain"; equity and social-exchange theory.';

const ownItem = (
  id: string,
  text: string,
  options: readonly ChoiceOption[],
  provenance: Provenance,
  extra: Partial<Pick<ChoiceItem, 'private' | 'safetyConcernAt'>> = {},
): Omit<ChoiceItem, 'number'> => ({
  kind: 'choice',
  id,
  csi32Number: null,
  text,
  options,
  private: extra.private ?? false,
  safetyConcernAt: extra.safetyConcernAt ?? [],
  provenance,
});

const SELF_CHECK_BASIS =
  'The reciprocity self-check therapists use (respect, trust, being heard, fair compromise, feeling valued, satisfaction with what one receives), in recipro’s own words.';
const RESPONSIVENESS_BASIS =
  'INSTRUMENTS.md "felt responsiveness" family and PRODUCT.md "feels unseen" sign, in recipro’s own words.';

const statement = (id: string, text: string, construct: string, basis = SELF_CHECK_BASIS) =>
  ownItem(id, text, AGREEMENT_OPTIONS, { construct, basis });

/** Item id of a member's own share of an area. */
export const shareItemId = (area: ReciprocityArea): string => `share_${area}`;
/** Item id of how a member feels about the split of an area. */
export const splitFeelingItemId = (area: ReciprocityArea): string => `split_feeling_${area}`;

const items: Omit<ChoiceItem, 'number'>[] = [
  ownItem(
    'fairness',
    'All in all, how does the give and take between you feel right now?',
    FAIRNESS_OPTIONS,
    {
      construct:
        'Felt overall equity: whether the member feels the relationship favours the partner, is about equal, or favours themself.',
      basis:
        'The −3 … +3 structure of Hatfield’s one-item global equity measure, worded afresh (INSTRUMENTS.md allows this).',
    },
  ),
  ...RECIPROCITY_AREAS.flatMap((area) => [
    ownItem(shareItemId(area), AREA_TEXT[area].share, SHARE_OPTIONS, {
      construct: AREA_TEXT[area].construct,
      basis: BALANCE_BASIS,
    }),
    ownItem(
      splitFeelingItemId(area),
      `${AREA_TEXT[area].name}: how do you feel about that split?`,
      SPLIT_FEELING_OPTIONS,
      {
        construct: `Satisfaction with the current split of: ${AREA_TEXT[area].name.toLowerCase()}.`,
        basis: BALANCE_BASIS,
      },
    ),
  ]),
  statement(
    'felt_seen',
    'I felt seen this week.',
    'Felt responsiveness: the member felt noticed and understood by the other lately.',
    RESPONSIVENESS_BASIS,
  ),
  statement(
    'could_ask_for_help',
    'I felt I could ask for help.',
    'Felt safety to depend on the other: asking for help felt possible lately.',
    RESPONSIVENESS_BASIS,
  ),
  statement('mutual_respect', 'We treat each other with respect.', 'Mutual respect.'),
  statement('mutual_trust', 'We trust each other.', 'Mutual trust.'),
  statement('feel_heard', 'When we talk, I feel heard.', 'Feeling heard in conversation.'),
  statement(
    'fair_compromise',
    'When we want different things, we both give a little.',
    'Compromising fairly: both adjust when wishes differ.',
  ),
  statement('feel_valued', 'I feel valued by my partner.', 'Feeling valued.'),
  statement(
    'satisfied_receiving',
    'I am content with what I receive from my partner.',
    'Satisfaction with what one receives.',
  ),
  ownItem(
    'felt_safe',
    'Lately, have you felt afraid of your partner, or unsafe at home?',
    SAFETY_OPTIONS,
    {
      construct:
        'Fear or lack of safety in the relationship. Not a screen: any answer but "No" routes this member, privately, to support resources.',
      basis: 'INSTRUMENTS.md "Safety": route to support rather than to scores.',
    },
    { private: true, safetyConcernAt: [1, 2, 3] },
  ),
];

export const reciprocity: Instrument = {
  id: 'reciprocity',
  version: 1,
  name: 'How we share things',
  origin: 'own',
  ownLabel: RECIPROCITY_OWN_LABEL,
  citation: null,
  instructions: [],
  items: items.map((item, index) => ({ ...item, number: index + 1 })),
  total: null,
  researchCutOff: null,
};
