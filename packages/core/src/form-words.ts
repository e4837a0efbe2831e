import type { FormOfCare } from './vocabulary.ts';

/** How one form of care is said. */
export interface FormWords {
  /** Its name on the app's screens: "Practical help". */
  readonly label: string;
  /** What it covers, under the name: "Chores, errands, a cup of tea, fixing things". */
  readonly hint: string;
  /** Inside a sentence of an insight, in everyday words: "practical help". */
  readonly phrase: string;
}

/**
 * The words for every form of care, in one place (English). The web's message catalogue takes
 * each form's label and hint from here (`form.<id>`, `form.<id>.hint`); insights take the
 * phrase (analytics/insight-text.ts). A translation gives its own table of the same shape.
 */
export const FORM_WORDS: Readonly<Record<FormOfCare, FormWords>> = {
  practical: {
    label: 'Practical help',
    hint: 'Chores, errands, a cup of tea, fixing things',
    phrase: 'practical help',
  },
  emotional: {
    label: 'Emotional support',
    hint: 'Listening, comfort, putting the phone away',
    phrase: 'listening and comfort',
  },
  communication: {
    label: 'Communication',
    hint: 'Sharing your day, asking, checking in',
    phrase: 'talking and checking in',
  },
  affection: { label: 'Affection', hint: 'Warmth, touch, loving words', phrase: 'affection' },
  intimacy: { label: 'Intimacy', hint: 'Closeness, in body and heart', phrase: 'closeness' },
  quality_time: {
    label: 'Quality time',
    hint: 'Undivided time, doing things together',
    phrase: 'time together',
  },
  respect: {
    label: 'Respect',
    hint: 'Honouring boundaries, views and privacy',
    phrase: 'respect and room',
  },
  repair: {
    label: 'Repair',
    hint: 'Saying sorry, restarting the talk',
    phrase: 'making up after a conflict',
  },
  healing: {
    label: 'Healing',
    hint: 'Staying close through stress, grief or illness',
    phrase: 'staying close through hard days',
  },
  future: {
    label: 'Future',
    hint: 'Plans, money, commitments, routines',
    phrase: 'plans and shared routines',
  },
  appreciation: {
    label: 'Appreciation',
    hint: 'Thanks, noticing, acknowledging effort',
    phrase: 'thanks and appreciation',
  },
  mental_load: {
    label: 'Mental load',
    hint: 'Remembering, planning, organising',
    phrase: 'remembering and organising',
  },
};
