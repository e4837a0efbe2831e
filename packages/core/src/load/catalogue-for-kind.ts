/**
 * The part of the responsibility catalogue that fits a circle's kind (PRODUCT.md principle 3):
 * a couple or a family shares a household; friends share plans, hosting, costs and each other's
 * hard times; a team shares meetings, notes, follow-ups, newcomers and noticing who is
 * overloaded. Nobody outside a household is offered "cooking meals" or "school runs".
 */
import type { CircleKind } from '../vocabulary.ts';
import { CATALOGUE_OFFERS, type CatalogueItem } from './catalogue.ts';

/** True when a circle of this kind is offered the catalogue item with this id. */
export const catalogueItemFits = (kind: CircleKind, id: string): boolean =>
  CATALOGUE_OFFERS.some((item) => item.id === id && item.kinds.includes(kind));

/** The catalogue items offered to a circle of this kind, in catalogue order. */
export const catalogueFor = (kind: CircleKind): readonly CatalogueItem[] =>
  CATALOGUE_OFFERS.filter((item) => item.kinds.includes(kind)).map(
    ({ kinds: _kinds, ...rest }) => rest,
  );
