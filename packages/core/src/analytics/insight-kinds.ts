import type { CircleBalance } from './circle-balance.ts';
import type { Season } from './seasons.ts';

/**
 * Something that stands out in a balance view, said as data: core and the server send no
 * sentence. `kind` is stable and says which message words it (the web's catalogue in the
 * reader's language, `dashboard/insight-words.ts`); `evidence` holds plain numbers, ids and
 * vocabulary ids (forms of care, care languages, kinds of season); `memberIds` says whom it is
 * about (a pair as `[from, to]`, else every member). Rules (docs/analytics.md lists them too):
 *
 * - `thin_data`: the circle logged fewer than 4 acts in the view — say so and nothing else.
 * - per pair with any act: `pair_thin` (< 4 acts), else `season` when a season caps the band,
 *   else `in_rhythm` / `leaning` / `one_sided`.
 * - `pattern`: a pair whose 12-week pattern is `negative`, or `generalized` outside a season.
 * - `noticed`: a member gave at least 5 acts in the view and under 30% were marked noticed.
 * - `initiations`: at least 4 exchanges opened and one side opened 80% or more.
 * - `support`: at least 4 effort of support and one side gave 80% or more of it.
 * - (these three are left out while a season covers the member of the pair who gives less)
 * - `fit`: what one member gives lands under 50% in the other's top languages.
 * - `load`: three or more members and the normalised Gini of effort given is 0.5 or more.
 * - `household_load` / `emotional_load`: one member gives 75% or more of that kind (>= 4 effort).
 * - (the load insights are left out while another member is in a season)
 */
export interface Insight {
  readonly kind: InsightKind;
  readonly memberIds: readonly string[];
  readonly evidence: Readonly<Record<string, number | string | null>>;
}

/** Stable kinds of insight; the rules for each are listed above `Insight`. */
export type InsightKind =
  | 'thin_data'
  | 'pair_thin'
  | 'season'
  | 'in_rhythm'
  | 'leaning'
  | 'one_sided'
  | 'pattern'
  | 'noticed'
  | 'initiations'
  | 'support'
  | 'fit'
  | 'load'
  | 'household_load'
  | 'emotional_load';

/** Fewest acts given before a low noticed-rate is mentioned. */
export const NOTICED_MIN_ACTS = 5;
/** Noticed-rate below which it is mentioned. */
export const NOTICED_LOW_BELOW = 0.3;
/** Fewest openings (or effort of support) before a share of them is mentioned. */
export const SIGN_MIN_COUNT = 4;
/** Share of openings or support from one side from which it is mentioned. */
export const SIGN_SHARE_FROM = 0.8;
/** Normalised Gini of effort given from which a circle's load is mentioned. */
export const LOAD_GINI_FROM = 0.5;
/** Share of household or emotional load from which its carrier is named. */
export const KIND_LOAD_SHARE_FROM = 0.75;
/** Fewest effort of that kind of load before it is mentioned. */
export const KIND_LOAD_MIN_EFFORT = 4;

/** The view insights are drawn from: a balance read, before its insights. */
export type InsightView = Omit<CircleBalance, 'insights'>;

/** What the insight rules know beside a pair's balance, fixed for one view. */
export interface InsightContext {
  readonly seasons: readonly Season[];
}
