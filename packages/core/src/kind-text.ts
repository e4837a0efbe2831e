/**
 * Text written per circle kind (PRODUCT.md principle 3): a family, friends or team circle reads
 * words written for it, a couple reads words written for a couple. A text that suits every kind
 * is a plain string; one that must differ gives each kind its own words.
 */
import type { CircleKind } from './vocabulary.ts';

/** One wording per circle kind. */
export type ByKind<T = string> = Readonly<Record<CircleKind, T>>;

/** Either one wording that suits every kind, or a wording for each kind. */
export type KindText = string | ByKind;

/** The wording a circle of this kind reads. */
export const textFor = (text: KindText, kind: CircleKind): string =>
  typeof text === 'string' ? text : text[kind];

/** True when the text is the same for every kind (written once, on purpose). */
export const sameForEveryKind = (text: KindText): text is string => typeof text === 'string';
