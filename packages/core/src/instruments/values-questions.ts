/**
 * Values-conversation questions (part of Express): each member answers alone; answers are
 * revealed side by side once everyone has answered, and differences become things to talk
 * about. Written by recipro; ids are stable. Open questions, no scores.
 *
 * Each topic is asked in the words of the circle's kind ("in us", "in our family", "in how we
 * work together"); a question that suits every kind has one wording. Answers are stored by
 * position, so the order is the same for every kind. The couple's words are the ones first
 * written.
 */
import type { KindText } from '../kind-text.ts';

export const VALUES_TOPICS = [
  'respect',
  'affection',
  'sharing_chores',
  'sharing_money',
  'sharing_time',
  'principles',
  'work',
  'parenting',
  'growth',
] as const;
export type ValuesTopic = (typeof VALUES_TOPICS)[number];

/** A question as core and the server give it: its id and topic, the same for every kind. */
export interface ValuesQuestion {
  readonly id: string;
  readonly topic: ValuesTopic;
}

/**
 * Every question with its English words: one string for every kind, or one per kind. The source
 * the web's English catalogue takes them from (`valuesQuestion.<id>[.<kind>]`,
 * i18n/en-prompts.ts); no function of core returns them.
 */
export const VALUES_QUESTION_WORDS: readonly {
  readonly id: string;
  readonly topic: ValuesTopic;
  readonly words: KindText;
}[] = [
  {
    id: 'values_respect',
    topic: 'respect',
    words: 'What does respect look like to me, day to day?',
  },
  {
    id: 'values_affection',
    topic: 'affection',
    words: {
      couple: 'How much does affection matter to me, and in what form do I feel it most?',
      family: 'How do I like warmth to be shown in our family, and in what form do I feel it most?',
      friends:
        'How do I like to show I care about my friends, and how do I feel it most from them?',
      team: 'How do I like appreciation to be shown at work, and in what form do I feel it most?',
    },
  },
  {
    id: 'values_sharing_chores',
    topic: 'sharing_chores',
    words: {
      couple: 'How would I like us to share the chores and the remembering that goes with them?',
      family:
        'How would I like the jobs of family life shared among us, and the remembering that goes with them?',
      friends:
        'How would I like us to share the hosting, the organising and the remembering that goes with them?',
      team: 'How would I like us to share the tasks nobody owns, and the remembering that goes with them?',
    },
  },
  {
    id: 'values_sharing_money',
    topic: 'sharing_money',
    words: {
      couple: 'How would I like us to share money: earning, spending, saving and deciding?',
      family: 'How would I like our family to handle money: spending, saving and deciding?',
      friends: 'How would I like us to handle shared costs: paying, settling up and saying no?',
      team: 'How would I like us to decide about budgets and spending, and who signs off?',
    },
  },
  {
    id: 'values_sharing_time',
    topic: 'sharing_time',
    words: {
      couple: 'How would I like our time shared between us, time apart, family and friends?',
      family: 'How would I like our family time shared: all together, one to one, and apart?',
      friends: 'How often would I like us to meet, and what kind of time together suits me?',
      team: 'How would I like our working time shared between meetings, focused work and rest?',
    },
  },
  {
    id: 'values_principles',
    topic: 'principles',
    words: {
      couple: 'Which principles do I try to live by, and which matter most to me in us?',
      family: 'Which principles do I try to live by, and which matter most to me in our family?',
      friends: 'Which principles do I try to live by, and which matter most to me in a friendship?',
      team: 'Which principles do I try to work by, and which matter most to me in how we work together?',
    },
  },
  {
    id: 'values_work',
    topic: 'work',
    words: {
      couple: 'What place do I want work to have in my life, and in our life together?',
      family: "What place do I want work to have in my life, and in our family's life?",
      friends: 'What place do I want work to have in my life, and in the time I keep for friends?',
      team: 'What part of our work feels meaningful to me, and what would I like less of?',
    },
  },
  {
    id: 'values_parenting',
    topic: 'parenting',
    words: {
      couple:
        'What do I value in raising children, or in caring for the young people in our lives?',
      family:
        'What do I value in raising the children, or in caring for the young people in our family?',
      friends:
        'What do I value in how we stand by each other through big changes, such as children?',
      team: 'What do I value in how we welcome and look after people who are new to the work?',
    },
  },
  {
    id: 'values_growth',
    topic: 'growth',
    words: {
      couple: 'How do I want to grow in the next year, and how would I like us to grow?',
      family:
        'How do I want to grow in the next year, and how would I like us to grow as a family?',
      friends:
        'How do I want to grow in the next year, and how would I like our friendship to grow?',
      team: 'How do I want to grow in the next year, and how would I like the team to grow?',
    },
  },
];

/** The questions, in order: every kind reads the same ids, each in its own words. */
export const VALUES_QUESTIONS: readonly ValuesQuestion[] = VALUES_QUESTION_WORDS.map(
  ({ id, topic }) => ({ id, topic }),
);
