import type { CircleKind, Effort } from '../vocabulary.ts';
import type { Frequency, ResponsibilityArea } from './responsibilities.ts';

export interface CatalogueItem {
  /** Stable id, also the i18n key of the title. */
  readonly id: string;
  readonly title: string;
  readonly area: ResponsibilityArea;
  readonly frequency: Frequency;
  readonly effort: Effort;
}

/** A catalogue item with the kinds of circle it is offered to (see catalogue-for-kind.ts). */
export interface OfferedItem extends CatalogueItem {
  readonly kinds: readonly CircleKind[];
}

const HOUSEHOLD: readonly CircleKind[] = ['couple', 'family'];
const WITH_FRIENDS: readonly CircleKind[] = ['couple', 'family', 'friends'];
const EVERY_KIND: readonly CircleKind[] = ['couple', 'family', 'friends', 'team'];
const FRIENDS: readonly CircleKind[] = ['friends'];
const TEAM: readonly CircleKind[] = ['team'];
const HOUSEHOLD_OR_TEAM: readonly CircleKind[] = ['couple', 'family', 'team'];

const item = (
  id: string,
  title: string,
  area: ResponsibilityArea,
  frequency: Frequency,
  effort: Effort,
  kinds: readonly CircleKind[],
): OfferedItem => ({ id, title, area, frequency, effort, kinds });

/**
 * A starting inventory a circle can take and then edit. It deliberately lists the easily
 * forgotten, remembering-and-arranging kind of work next to the chores: for every kind of
 * circle there is something whose weight is in noticing (who has gone quiet, who is
 * overloaded), in planning (a meeting, a trip), in doing, and in following up (what was
 * agreed, settling up). A household's list is for couples and families; friends and teams have
 * items of their own. Ids are stable: an item is never renamed, only added.
 */
export const CATALOGUE_OFFERS: readonly OfferedItem[] = [
  // A household: couples and families.
  item('cooking', 'Cooking meals', 'home', 'daily', 2, HOUSEHOLD),
  item('dishes', 'Dishes and tidying the kitchen', 'home', 'daily', 1, HOUSEHOLD),
  item('groceries', 'Groceries and the shopping list', 'home', 'weekly', 2, HOUSEHOLD),
  item('laundry', 'Laundry', 'home', 'weekly', 2, HOUSEHOLD),
  item('cleaning', 'Cleaning the home', 'home', 'weekly', 2, HOUSEHOLD),
  item('repairs', 'Repairs and maintenance', 'home', 'occasional', 2, HOUSEHOLD),
  item('school', 'School runs, forms and teachers', 'children', 'daily', 2, HOUSEHOLD),
  item(
    'kids_activities',
    "Children's activities and playdates",
    'children',
    'weekly',
    2,
    HOUSEHOLD,
  ),
  item('bills', 'Paying bills', 'money', 'monthly', 1, HOUSEHOLD),
  item('budget', 'Budget and savings', 'money', 'monthly', 2, HOUSEHOLD),
  item('appointments', 'Doctor and dentist appointments', 'health', 'quarterly', 2, HOUSEHOLD),
  item('medicines', 'Medicines and prescriptions', 'health', 'monthly', 1, HOUSEHOLD),
  item('plans_friends', 'Plans with friends', 'social', 'monthly', 1, WITH_FRIENDS),
  item('birthdays', 'Birthdays, gifts and cards', 'family', 'monthly', 2, HOUSEHOLD),
  item('family_contact', 'Keeping in touch with family', 'family', 'weekly', 1, HOUSEHOLD),
  item(
    'family_gatherings',
    'Hosting family gatherings and holidays',
    'family',
    'quarterly',
    3,
    HOUSEHOLD,
  ),
  item('elder_care', 'Caring for an older parent', 'family', 'weekly', 3, HOUSEHOLD),
  item(
    'paperwork',
    'Paperwork, insurance and renewals',
    'admin',
    'quarterly',
    2,
    HOUSEHOLD_OR_TEAM,
  ),
  item('holidays', 'Planning holidays and trips', 'admin', 'yearly', 3, WITH_FRIENDS),
  item('checking_in', 'Checking in on how everyone is doing', 'emotional', 'weekly', 1, EVERY_KIND),
  item(
    'calming',
    'Calming tension and smoothing things over',
    'emotional',
    'weekly',
    2,
    EVERY_KIND,
  ),

  // Friends.
  item(
    'friends_birthdays',
    'Remembering birthdays and clubbing together for presents',
    'social',
    'monthly',
    2,
    FRIENDS,
  ),
  item(
    'friends_hosting',
    'Hosting: opening a home, food and tidying up after',
    'social',
    'monthly',
    3,
    FRIENDS,
  ),
  item(
    'friends_bookings',
    'Booking tables, tickets and places to stay',
    'admin',
    'occasional',
    2,
    FRIENDS,
  ),
  item(
    'friends_shared_costs',
    'Keeping track of shared costs and settling up',
    'money',
    'monthly',
    1,
    FRIENDS,
  ),
  item(
    'friends_keeping_in_touch',
    'Keeping in touch between meet-ups and passing news on',
    'social',
    'weekly',
    1,
    FRIENDS,
  ),
  item(
    'friends_gone_quiet',
    'Noticing who has gone quiet and reaching out',
    'emotional',
    'weekly',
    1,
    FRIENDS,
  ),
  item(
    'friends_hard_times',
    'Showing up when one of us is going through a hard time',
    'emotional',
    'occasional',
    3,
    FRIENDS,
  ),
  item(
    'friends_traditions',
    'Keeping traditions going: the yearly trip, the regular night out',
    'social',
    'yearly',
    2,
    FRIENDS,
  ),
  item(
    'friends_getting_there',
    'Lifts, and getting everyone there and home',
    'social',
    'occasional',
    2,
    FRIENDS,
  ),

  // A team.
  item(
    'team_meetings',
    'Planning meetings: the agenda, the time and who comes',
    'admin',
    'weekly',
    2,
    TEAM,
  ),
  item('team_notes', 'Taking notes and sharing what was decided', 'admin', 'weekly', 1, TEAM),
  item('team_follow_ups', 'Following up on what was agreed', 'admin', 'weekly', 2, TEAM),
  item(
    'team_onboarding',
    'Welcoming a newcomer and showing them the ropes',
    'social',
    'occasional',
    3,
    TEAM,
  ),
  item(
    'team_overload',
    'Noticing who is overloaded and offering a hand',
    'emotional',
    'weekly',
    1,
    TEAM,
  ),
  item('team_bookings', 'Booking rooms, travel and venues', 'admin', 'occasional', 2, TEAM),
  item('team_expenses', 'Expenses, orders and the shared budget', 'money', 'monthly', 2, TEAM),
  item('team_supplies', 'Supplies, and keeping shared spaces usable', 'admin', 'weekly', 1, TEAM),
  item('team_docs', 'Keeping shared documents and how-tos up to date', 'admin', 'monthly', 2, TEAM),
  item('team_cover', 'Arranging cover for holidays and sick days', 'admin', 'monthly', 2, TEAM),
  item(
    'team_celebrations',
    'Birthdays, farewells and celebrating what went well',
    'social',
    'monthly',
    2,
    TEAM,
  ),
  item('team_thanks', 'Passing on thanks and good feedback', 'emotional', 'weekly', 1, TEAM),
];

/** Every item of the catalogue, whichever kinds it is offered to. */
export const RESPONSIBILITY_CATALOGUE: readonly CatalogueItem[] = CATALOGUE_OFFERS.map(
  ({ kinds: _kinds, ...rest }) => rest,
);
