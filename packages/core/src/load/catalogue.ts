import type { Effort } from '../vocabulary.ts';
import type { Frequency, ResponsibilityArea } from './responsibilities.ts';

export interface CatalogueItem {
  /** Stable id, also the i18n key of the title. */
  readonly id: string;
  readonly title: string;
  readonly area: ResponsibilityArea;
  readonly frequency: Frequency;
  readonly effort: Effort;
}

/**
 * A starting inventory a circle can take and then edit. It deliberately lists the easily
 * forgotten, remembering-and-arranging kind of work next to the chores.
 */
export const RESPONSIBILITY_CATALOGUE: readonly CatalogueItem[] = [
  { id: 'cooking', title: 'Cooking meals', area: 'home', frequency: 'daily', effort: 2 },
  {
    id: 'dishes',
    title: 'Dishes and tidying the kitchen',
    area: 'home',
    frequency: 'daily',
    effort: 1,
  },
  {
    id: 'groceries',
    title: 'Groceries and the shopping list',
    area: 'home',
    frequency: 'weekly',
    effort: 2,
  },
  { id: 'laundry', title: 'Laundry', area: 'home', frequency: 'weekly', effort: 2 },
  { id: 'cleaning', title: 'Cleaning the home', area: 'home', frequency: 'weekly', effort: 2 },
  {
    id: 'repairs',
    title: 'Repairs and maintenance',
    area: 'home',
    frequency: 'occasional',
    effort: 2,
  },
  {
    id: 'school',
    title: 'School runs, forms and teachers',
    area: 'children',
    frequency: 'daily',
    effort: 2,
  },
  {
    id: 'kids_activities',
    title: "Children's activities and playdates",
    area: 'children',
    frequency: 'weekly',
    effort: 2,
  },
  { id: 'bills', title: 'Paying bills', area: 'money', frequency: 'monthly', effort: 1 },
  { id: 'budget', title: 'Budget and savings', area: 'money', frequency: 'monthly', effort: 2 },
  {
    id: 'appointments',
    title: 'Doctor and dentist appointments',
    area: 'health',
    frequency: 'quarterly',
    effort: 2,
  },
  {
    id: 'medicines',
    title: 'Medicines and prescriptions',
    area: 'health',
    frequency: 'monthly',
    effort: 1,
  },
  {
    id: 'plans_friends',
    title: 'Plans with friends',
    area: 'social',
    frequency: 'monthly',
    effort: 1,
  },
  {
    id: 'birthdays',
    title: 'Birthdays, gifts and cards',
    area: 'family',
    frequency: 'monthly',
    effort: 2,
  },
  {
    id: 'family_contact',
    title: 'Keeping in touch with family',
    area: 'family',
    frequency: 'weekly',
    effort: 1,
  },
  {
    id: 'elder_care',
    title: 'Caring for an older parent',
    area: 'family',
    frequency: 'weekly',
    effort: 3,
  },
  {
    id: 'paperwork',
    title: 'Paperwork, insurance and renewals',
    area: 'admin',
    frequency: 'quarterly',
    effort: 2,
  },
  {
    id: 'holidays',
    title: 'Planning holidays and trips',
    area: 'admin',
    frequency: 'yearly',
    effort: 3,
  },
  {
    id: 'checking_in',
    title: 'Checking in on how everyone is doing',
    area: 'emotional',
    frequency: 'weekly',
    effort: 1,
  },
  {
    id: 'calming',
    title: 'Calming tension and smoothing things over',
    area: 'emotional',
    frequency: 'weekly',
    effort: 2,
  },
];
