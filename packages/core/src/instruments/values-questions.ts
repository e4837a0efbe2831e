/**
 * Values-conversation questions (part of Express): each member answers alone; answers are
 * revealed side by side once everyone has answered, and differences become things to talk
 * about. Written by recipro; ids are stable. Open questions, no scores.
 */

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

export interface ValuesQuestion {
  readonly id: string;
  readonly topic: ValuesTopic;
  readonly text: string;
}

export const VALUES_QUESTIONS: readonly ValuesQuestion[] = [
  {
    id: 'values_respect',
    topic: 'respect',
    text: 'What does respect look like to me, day to day?',
  },
  {
    id: 'values_affection',
    topic: 'affection',
    text: 'How much does affection matter to me, and in what form do I feel it most?',
  },
  {
    id: 'values_sharing_chores',
    topic: 'sharing_chores',
    text: 'How would I like us to share the chores and the remembering that goes with them?',
  },
  {
    id: 'values_sharing_money',
    topic: 'sharing_money',
    text: 'How would I like us to share money: earning, spending, saving and deciding?',
  },
  {
    id: 'values_sharing_time',
    topic: 'sharing_time',
    text: 'How would I like our time shared between us, time apart, family and friends?',
  },
  {
    id: 'values_principles',
    topic: 'principles',
    text: 'Which principles do I try to live by, and which matter most to me in us?',
  },
  {
    id: 'values_work',
    topic: 'work',
    text: 'What place do I want work to have in my life, and in our life together?',
  },
  {
    id: 'values_parenting',
    topic: 'parenting',
    text: 'What do I value in raising children, or in caring for the young people in our lives?',
  },
  {
    id: 'values_growth',
    topic: 'growth',
    text: 'How do I want to grow in the next year, and how would I like us to grow?',
  },
];
