/**
 * The short guides: two-minute reads written for recipro, each ending in one small thing to try
 * and naming where its ideas come from. This module is the data — ids, sources, and where each
 * guide is offered; the words are in the i18n catalogue (`i18n/en-guides.ts`), one message per
 * paragraph: `guides.<id>.title`, `.lead`, `.p1` … `.pN`, `.try`.
 */
import type { InsightKind } from '@recipro/core';
import { hasMessage, t } from '../i18n/index.ts';

export const GUIDE_IDS = [
  'three-kinds',
  'hurt-for-hurt',
  'feeling-disrespected',
  'talk-now-or-later',
  'calming-together',
  'where-we-come-from',
  'hard-seasons',
  'screens-and-attention',
  'talk-or-company',
  'culture-and-care',
] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

export const isGuideId = (value: unknown): value is GuideId =>
  typeof value === 'string' && (GUIDE_IDS as readonly string[]).includes(value);

/**
 * The places a guide may be offered, each on one screen (a route's name in `router.ts`), with an
 * address of that screen for a circle, so a test can hold every place to a screen that exists.
 * `balance.insights` offers a guide only while one of its insights is on screen.
 */
export const GUIDE_PLACES = {
  'balance.insights': { route: 'dashboard', path: (c: string) => `/circles/${c}/balance` },
  'balance.seasons': { route: 'dashboard', path: (c: string) => `/circles/${c}/balance` },
  'balance.languages': { route: 'dashboard', path: (c: string) => `/circles/${c}/balance` },
  checkin: { route: 'cycle', path: (c: string) => `/circles/${c}/checkin` },
  reflect: { route: 'cycle', path: (c: string) => `/circles/${c}/reflect` },
  express: { route: 'cycle', path: (c: string) => `/circles/${c}/express` },
  repair: { route: 'cycle', path: (c: string) => `/circles/${c}/repair` },
  'chat.rhythm': { route: 'chatImport', path: (c: string) => `/circles/${c}/import` },
  rituals: { route: 'rituals', path: (c: string) => `/circles/${c}/rituals` },
} as const;
export type GuidePlace = keyof typeof GUIDE_PLACES;

/** A work a guide's ideas come from: who wrote it, its title, where and when it appeared. */
export interface GuideSource {
  readonly who: string;
  readonly title: string;
  /** The journal (with volume) or publisher. */
  readonly where: string;
  readonly year: number;
}

export interface Guide {
  readonly id: GuideId;
  /** How many paragraphs the guide has (`guides.<id>.p1` … `.pN`). */
  readonly paragraphs: number;
  /** Where the guide is offered. */
  readonly places: readonly GuidePlace[];
  /** On the balance screen, the insights that offer it (needs place `balance.insights`). */
  readonly insights?: readonly InsightKind[];
  readonly sources: readonly GuideSource[];
}

const GOTTMAN_SILVER: GuideSource = {
  who: 'John M. Gottman and Nan Silver',
  title: 'The Seven Principles for Making Marriage Work',
  where: 'Crown',
  year: 1999,
};
const GOTTMAN_DECLAIRE: GuideSource = {
  who: 'John M. Gottman and Joan DeClaire',
  title: 'The Relationship Cure',
  where: 'Crown',
  year: 2001,
};
const GOULDNER: GuideSource = {
  who: 'Alvin W. Gouldner',
  title: 'The norm of reciprocity: a preliminary statement',
  where: 'American Sociological Review 25(2)',
  year: 1960,
};
const HAZAN_SHAVER: GuideSource = {
  who: 'Cindy Hazan and Phillip Shaver',
  title: 'Romantic love conceptualized as an attachment process',
  where: 'Journal of Personality and Social Psychology 52(3)',
  year: 1987,
};

/** The guides, in the order the Guides list shows them. */
export const GUIDES: readonly Guide[] = [
  {
    id: 'three-kinds',
    paragraphs: 5,
    places: ['balance.insights', 'checkin'],
    insights: [
      'one_sided',
      'leaning',
      'pattern',
      'initiations',
      'support',
      'noticed',
      'load',
      'household_load',
      'emotional_load',
    ],
    sources: [
      { who: 'Marshall Sahlins', title: 'Stone Age Economics', where: 'Aldine', year: 1972 },
      GOULDNER,
      {
        who: 'Margaret S. Clark and Judson Mills',
        title: 'Interpersonal attraction in exchange and communal relationships',
        where: 'Journal of Personality and Social Psychology 37(1)',
        year: 1979,
      },
      {
        who: 'Elaine Walster (Hatfield), G. William Walster and Ellen Berscheid',
        title: 'Equity: Theory and Research',
        where: 'Allyn and Bacon',
        year: 1978,
      },
    ],
  },
  {
    id: 'hurt-for-hurt',
    paragraphs: 5,
    places: ['repair'],
    sources: [
      {
        who: 'John M. Gottman',
        title: 'Marital Interaction: Experimental Investigations',
        where: 'Academic Press',
        year: 1979,
      },
      GOTTMAN_SILVER,
      GOULDNER,
    ],
  },
  {
    id: 'feeling-disrespected',
    paragraphs: 5,
    places: ['repair', 'express'],
    sources: [
      GOTTMAN_SILVER,
      {
        who: 'John M. Gottman, James Coan, Sybil Carrère and Catherine Swanson',
        title: 'Predicting marital happiness and stability from newlywed interactions',
        where: 'Journal of Marriage and the Family 60(1)',
        year: 1998,
      },
      {
        who: 'Marshall B. Rosenberg',
        title: 'Nonviolent Communication: A Language of Life',
        where: 'PuddleDancer Press',
        year: 2003,
      },
      {
        who: 'Thomas Gordon',
        title: 'Parent Effectiveness Training',
        where: 'Peter H. Wyden',
        year: 1970,
      },
    ],
  },
  {
    id: 'talk-now-or-later',
    paragraphs: 5,
    places: ['repair'],
    sources: [
      {
        who: 'John M. Gottman with Nan Silver',
        title: 'Why Marriages Succeed or Fail',
        where: 'Simon & Schuster',
        year: 1994,
      },
      {
        who: 'Andrew Christensen and Christopher L. Heavey',
        title: 'Gender and social structure in the demand/withdraw pattern of marital conflict',
        where: 'Journal of Personality and Social Psychology 59(1)',
        year: 1990,
      },
      GOTTMAN_SILVER,
    ],
  },
  {
    id: 'calming-together',
    paragraphs: 5,
    places: ['repair'],
    sources: [
      {
        who: 'Emily A. Butler and Ashley K. Randall',
        title: 'Emotional coregulation in close relationships',
        where: 'Emotion Review 5(2)',
        year: 2013,
      },
      {
        who: 'David A. Sbarra and Cindy Hazan',
        title:
          'Coregulation, dysregulation, self-regulation: an integrative analysis and empirical agenda for understanding adult attachment, separation, loss, and recovery',
        where: 'Personality and Social Psychology Review 12(2)',
        year: 2008,
      },
      {
        who: 'James A. Coan, Hillary S. Schaefer and Richard J. Davidson',
        title: 'Lending a hand: social regulation of the neural response to threat',
        where: 'Psychological Science 17(12)',
        year: 2006,
      },
    ],
  },
  {
    id: 'where-we-come-from',
    paragraphs: 5,
    places: ['reflect'],
    sources: [
      {
        who: 'John Bowlby',
        title: 'Attachment and Loss, Vol. 1: Attachment',
        where: 'Hogarth Press',
        year: 1969,
      },
      {
        who: 'Mary D. S. Ainsworth, Mary C. Blehar, Everett Waters and Sally Wall',
        title: 'Patterns of Attachment',
        where: 'Lawrence Erlbaum',
        year: 1978,
      },
      HAZAN_SHAVER,
      {
        who: 'Mario Mikulincer and Phillip R. Shaver',
        title: 'Attachment in Adulthood: Structure, Dynamics, and Change',
        where: 'Guilford Press',
        year: 2007,
      },
    ],
  },
  {
    id: 'hard-seasons',
    paragraphs: 5,
    places: ['balance.seasons', 'balance.insights', 'reflect'],
    insights: ['season'],
    sources: [
      {
        who: 'Lisa A. Neff and Benjamin R. Karney',
        title:
          'How does context affect intimate relationships? Linking external stress and cognitive processes within marriage',
        where: 'Personality and Social Psychology Bulletin 30(2)',
        year: 2004,
      },
      {
        who: 'Tracey A. Revenson, Karen Kayser and Guy Bodenmann (editors)',
        title: 'Couples Coping with Stress: Emerging Perspectives on Dyadic Coping',
        where: 'American Psychological Association',
        year: 2005,
      },
      {
        who: 'Christina Maslach and Michael P. Leiter',
        title: 'The Truth About Burnout',
        where: 'Jossey-Bass',
        year: 1997,
      },
      {
        who: 'James C. Coyne',
        title: 'Depression and the response of others',
        where: 'Journal of Abnormal Psychology 85(2)',
        year: 1976,
      },
    ],
  },
  {
    id: 'screens-and-attention',
    paragraphs: 5,
    places: ['chat.rhythm', 'rituals'],
    sources: [
      {
        who: 'Brandon T. McDaniel and Sarah M. Coyne',
        title:
          '“Technoference”: the interference of technology in couple relationships and implications for women’s personal and relational well-being',
        where: 'Psychology of Popular Media Culture 5(1)',
        year: 2016,
      },
      {
        who: 'James A. Roberts and Meredith E. David',
        title:
          'My life has become a major distraction from my cell phone: partner phubbing and relationship satisfaction among romantic partners',
        where: 'Computers in Human Behavior 54',
        year: 2016,
      },
      {
        who: 'Andrew K. Przybylski and Netta Weinstein',
        title:
          'Can you connect with me now? How the presence of mobile communication technology influences face-to-face conversation quality',
        where: 'Journal of Social and Personal Relationships 30(3)',
        year: 2013,
      },
      GOTTMAN_DECLAIRE,
    ],
  },
  {
    id: 'talk-or-company',
    paragraphs: 5,
    places: ['express', 'chat.rhythm', 'balance.languages', 'rituals'],
    sources: [
      {
        who: 'Harry T. Reis and Phillip Shaver',
        title: 'Intimacy as an interpersonal process',
        where: 'in S. Duck (editor), Handbook of Personal Relationships, Wiley',
        year: 1988,
      },
      GOTTMAN_DECLAIRE,
      {
        who: 'Shelly L. Gable, Harry T. Reis, Emily A. Impett and Evan R. Asher',
        title:
          'What do you do when things go right? The intrapersonal and interpersonal benefits of sharing positive events',
        where: 'Journal of Personality and Social Psychology 87(2)',
        year: 2004,
      },
    ],
  },
  {
    id: 'culture-and-care',
    paragraphs: 5,
    places: ['balance.languages', 'balance.insights'],
    insights: ['fit'],
    sources: [
      { who: 'Gary Chapman', title: 'The Five Love Languages', where: 'Northfield', year: 1992 },
      {
        who: 'Emily A. Impett, Haeyoung Gideon Park and Amy Muise',
        title:
          'Popular psychology through a scientific lens: evaluating love languages from a relationship science perspective',
        where: 'Current Directions in Psychological Science 33(2)',
        year: 2024,
      },
      {
        who: 'Hazel Rose Markus and Shinobu Kitayama',
        title: 'Culture and the self: implications for cognition, emotion, and motivation',
        where: 'Psychological Review 98(2)',
        year: 1991,
      },
      {
        who: 'Heejung S. Kim, David K. Sherman and Shelley E. Taylor',
        title: 'Culture and social support',
        where: 'American Psychologist 63(6)',
        year: 2008,
      },
    ],
  },
];

export const guideById = (id: GuideId): Guide => GUIDES.find((g) => g.id === id)!;

/** The guides offered at `place`; on the balance insights, only those the shown insights call for. */
export function guidesFor(place: GuidePlace, shownInsights: readonly string[] = []): Guide[] {
  return GUIDES.filter(
    (guide) =>
      guide.places.includes(place) &&
      (place !== 'balance.insights' || guide.insights?.some((k) => shownInsights.includes(k))),
  );
}

/** The message keys of one guide's words, in reading order. */
export const guideKeys = (id: GuideId) => ({
  title: `guides.${id}.title`,
  lead: `guides.${id}.lead`,
  paragraphs: Array.from({ length: guideById(id).paragraphs }, (_, i) => `guides.${id}.p${i + 1}`),
  tryThis: `guides.${id}.try`,
});

/** A guide's message; every key `guideKeys` makes is in the catalogue (guides.test.ts). */
export const guideText = (key: string): string => (hasMessage(key) ? t(key) : '');
