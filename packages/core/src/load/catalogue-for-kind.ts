/**
 * The part of the responsibility catalogue that fits a circle's kind (PRODUCT.md principle 3):
 * a couple or a family shares a household; friends and teams are offered only what they may
 * share (plans, birthdays, checking in), never "cooking meals" or "school runs".
 */
import type { CircleKind } from '../vocabulary.ts';
import { RESPONSIBILITY_CATALOGUE, type CatalogueItem } from './catalogue.ts';

const OUTSIDE_A_HOUSEHOLD: Readonly<Record<'friends' | 'team', readonly string[]>> = {
  friends: ['plans_friends', 'birthdays', 'holidays', 'checking_in', 'calming'],
  team: ['birthdays', 'paperwork', 'checking_in', 'calming'],
};

/** True when a circle of this kind is offered the catalogue item with this id. */
export const catalogueItemFits = (kind: CircleKind, id: string): boolean =>
  RESPONSIBILITY_CATALOGUE.some((item) => item.id === id) &&
  (kind === 'couple' || kind === 'family' || OUTSIDE_A_HOUSEHOLD[kind].includes(id));

/** The catalogue items offered to a circle of this kind, in catalogue order. */
export const catalogueFor = (kind: CircleKind): readonly CatalogueItem[] =>
  RESPONSIBILITY_CATALOGUE.filter((item) => catalogueItemFits(kind, item.id));
