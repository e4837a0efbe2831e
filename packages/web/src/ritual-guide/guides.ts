/**
 * What each ritual's guide says and in what order (issue 15, "Guided rituals"). A guide is
 * data: an introduction, an optional gentle timer, and cards to go through together — a prompt
 * for everyone, one of recipro's own check-in items to talk about, or an agenda item that goes
 * round the people taking part, one at a time. Nothing said while following a guide is stored;
 * finishing it records the ritual's completion through the existing API.
 *
 * Every ritual kind has a guide (`RITUAL_GUIDE_OF`); a kind without a guide of its own (a
 * get-together, a ritual of one's own) gets the simple `together` guide.
 */
import type { CircleKind, RitualKind } from '@recipro/core';
import type { GuideId } from '../components/guide-catalogue.ts';
import { hasMessage, t } from '../i18n/index.ts';

export const RITUAL_GUIDE_IDS = [
  'nightly',
  'appreciation',
  'weekly',
  'family-month',
  'feedback-round',
  'together',
] as const;
export type RitualGuideId = (typeof RITUAL_GUIDE_IDS)[number];

/** One card of a guide; its words are `ritualGuide.<guide>.<key>` in the i18n catalogue. */
export type RitualCard =
  /** A prompt for everyone. */
  | { readonly kind: 'prompt'; readonly key: string }
  /** One of recipro's own check-in items (core's `reciprocity`), shown for talking only. */
  | { readonly kind: 'item'; readonly itemId: string }
  /** An agenda item that goes round: each person taking part answers `keys` in turn. */
  | { readonly kind: 'turns'; readonly keys: readonly string[] };

export interface RitualGuide {
  readonly id: RitualGuideId;
  /** The gentle timer's length in minutes, when the ritual has one. */
  readonly minutes?: number;
  readonly cards: readonly RitualCard[];
  /** A short guide to read alongside it. */
  readonly related: GuideId;
}

/**
 * The items of the weekly "how are we doing?": statements about the week from recipro's own
 * check-in questions. The private safety question is never among them: it belongs to the
 * person answering alone, with its route to support.
 */
export const WEEKLY_ITEMS = [
  'felt_seen',
  'feel_heard',
  'could_ask_for_help',
  'fair_compromise',
  'feel_valued',
] as const;

export const RITUAL_GUIDES: Readonly<Record<RitualGuideId, RitualGuide>> = {
  nightly: {
    id: 'nightly',
    minutes: 10,
    cards: [
      { kind: 'prompt', key: 'moment' },
      { kind: 'prompt', key: 'hard' },
      { kind: 'prompt', key: 'tomorrow' },
    ],
    related: 'talk-or-company',
  },
  appreciation: {
    id: 'appreciation',
    minutes: 2,
    cards: [{ kind: 'prompt', key: 'thanks' }],
    related: 'three-kinds',
  },
  weekly: {
    id: 'weekly',
    cards: WEEKLY_ITEMS.map((itemId) => ({ kind: 'item', itemId })),
    related: 'three-kinds',
  },
  'family-month': {
    id: 'family-month',
    cards: [
      { kind: 'turns', keys: ['well'] },
      { kind: 'turns', keys: ['heavy'] },
      { kind: 'turns', keys: ['coming'] },
      { kind: 'turns', keys: ['ask'] },
      { kind: 'prompt', key: 'change' },
    ],
    related: 'culture-and-care',
  },
  'feedback-round': {
    id: 'feedback-round',
    cards: [{ kind: 'turns', keys: ['received', 'needed'] }],
    related: 'feeling-disrespected',
  },
  together: {
    id: 'together',
    cards: [
      { kind: 'prompt', key: 'arrive' },
      { kind: 'prompt', key: 'enjoy' },
    ],
    related: 'screens-and-attention',
  },
};

/** The guide each ritual kind opens. */
export const RITUAL_GUIDE_OF: Readonly<Record<RitualKind, RitualGuideId>> = {
  nightly_checkin: 'nightly',
  appreciation: 'appreciation',
  weekly_checkin: 'weekly',
  monthly_family_checkin: 'family-month',
  team_feedback: 'feedback-round',
  get_together: 'together',
  custom: 'together',
};

export const ritualGuideFor = (kind: RitualKind): RitualGuide =>
  RITUAL_GUIDES[RITUAL_GUIDE_OF[kind]];

/** The message key of a card's words (or of one of a turn's prompts). */
export const cardKey = (guide: RitualGuideId, key: string) => `ritualGuide.${guide}.${key}`;

/**
 * The words of one of recipro's own check-in items as a circle of this kind reads them ("I feel
 * valued by my team."), in the reader's language: the same messages its check-ins show (the
 * catalogue's area `checkinItems`); undefined for an id it has no words for.
 */
export function ownItemText(itemId: string, circleKind: CircleKind): string | undefined {
  const key = `checkinItem.reciprocity.${itemId}`;
  for (const candidate of [`${key}.${circleKind}`, key]) {
    if (hasMessage(candidate)) return t(candidate);
  }
  return undefined;
}

/**
 * Who speaks in turn: the ritual's people in the order the ritual lists them, and anyone the
 * circle no longer has is left out.
 */
export const turnOrder = (memberIds: readonly string[], inCircle: readonly string[]): string[] =>
  memberIds.filter((id) => inCircle.includes(id));
