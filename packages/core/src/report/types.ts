import type { BalanceBand } from '../analytics/balance.ts';
import type { ReciprocityPattern } from '../analytics/patterns.ts';
import type { SeasonKind } from '../analytics/seasons.ts';
import type { InstrumentId } from '../instruments/types.ts';
import type { ValuesTopic } from '../instruments/values-questions.ts';
import type { Stage } from '../load/responsibilities.ts';
import type { Responsibility } from '../load/responsibilities.ts';
import type { Act, EpochMs } from '../model.ts';
import type { RitualKind } from '../rituals/kinds.ts';
import type { TimeWindow } from '../time-window.ts';
import type { CircleKind, FormOfCare } from '../vocabulary.ts';

/**
 * What a report for a counsellor is made from: the circle's record over a period, as the server
 * reads it. It may hold private things (an act's note, a rupture's private note, answers of a
 * check-in nobody can see yet, the safety item, a check-in's note); `reportContents` takes only
 * what the circle already shares, and a property test holds that nothing else can reach it.
 */
export interface ReportSource {
  readonly kind: CircleKind;
  /** [from, to): the period the report covers. */
  readonly period: TimeWindow;
  /** The members the report is about (and whose consent it needs), in the circle's order. */
  readonly members: readonly { readonly id: string; readonly name: string }[];
  /**
   * Acts counted by the circle (a questioned act left out), from PATTERN_WEEKS before the period
   * to its end: patterns look back that far.
   */
  readonly acts: readonly Act[];
  /** Seasons their members accepted. */
  readonly seasons: readonly ReportSeasonSource[];
  readonly checkins: readonly ReportRoundSource[];
  readonly values: readonly ReportValuesSource[];
  readonly ruptures: readonly ReportRuptureSource[];
  /** The circle's responsibilities as they are when the report is prepared. */
  readonly responsibilities: readonly Responsibility[];
  readonly rituals: readonly ReportRitualSource[];
}

export interface ReportSeasonSource {
  readonly id: string;
  readonly memberId: string;
  readonly kind: SeasonKind;
  readonly startsAt: EpochMs;
  readonly endsAt: EpochMs | null;
  readonly note: string | null;
}

export interface ReportRoundSource {
  readonly id: string;
  readonly instrument: InstrumentId;
  readonly openedAt: EpochMs;
  readonly closed: boolean;
  /** Members in the circle when it opened: the reveal waits for all of them. */
  readonly memberCount: number;
  readonly answers: readonly {
    readonly memberId: string;
    readonly positions: readonly number[];
    readonly total: number | null;
    readonly note: string | null;
  }[];
}

export interface ReportValuesSource {
  readonly id: string;
  readonly openedAt: EpochMs;
  readonly closed: boolean;
  readonly memberCount: number;
  readonly answers: readonly { readonly memberId: string; readonly texts: readonly string[] }[];
}

export interface ReportRuptureSource {
  readonly id: string;
  readonly occurredAt: EpochMs;
  readonly note: string | null;
  readonly notePrivate: boolean;
  readonly repairStartedByMemberId: string | null;
  /** The members who can say "repaired for me". */
  readonly involvedMemberIds: readonly string[];
  /** When it was repaired for everyone involved (core's `repairedWhen`), or null. */
  readonly repairedAt: EpochMs | null;
  /** The members who have said "repaired for me". */
  readonly repairedBy: readonly string[];
}

export interface ReportRitualSource {
  readonly id: string;
  readonly kind: RitualKind;
  /** The instants it was due within the period, oldest first. */
  readonly occurrences: readonly EpochMs[];
  /** Every "we did it", by anyone. */
  readonly completions: readonly EpochMs[];
}

/**
 * What a report contains: kinds, ids and numbers, never sentences (the page and the PDF word
 * them in the reader's language). Numbers are about the circle or a pair, except the CSI totals
 * of a couple, which are each person's own and marked for a professional reader.
 */
export interface ReportContents {
  readonly version: 1;
  readonly kind: CircleKind;
  readonly period: { readonly from: EpochMs; readonly to: EpochMs };
  readonly members: readonly { readonly id: string; readonly name: string }[];
  readonly care: ReportCare;
  readonly rhythm: ReportRhythm;
  readonly seasons: readonly ReportSeason[];
  readonly checkins: ReportCheckins;
  readonly values: readonly ReportValuesRound[];
  readonly repair: ReportRepair;
  readonly load: ReportLoad;
  readonly rituals: readonly ReportRitual[];
}

/** The circle's care over the period, both ways together. */
export interface ReportCare {
  readonly acts: number;
  /** Share of those acts the receiver marked noticed; null with no acts. */
  readonly noticedShare: number | null;
  /** Effort per form of care, over everyone: the forms the circle's care took. */
  readonly effortByForm: Readonly<Partial<Record<FormOfCare, number>>>;
}

export interface ReportRhythm {
  /** Days each step looks at. */
  readonly windowDays: number;
  readonly steps: readonly ReportRhythmStep[];
}

export interface ReportRhythmStep {
  /** The step covers [from, to). */
  readonly from: EpochMs;
  readonly to: EpochMs;
  readonly pairs: readonly ReportPairStep[];
}

/** One pair in one step: a band and a pattern, never whose side. */
export interface ReportPairStep {
  readonly memberIds: readonly [string, string];
  readonly band: BalanceBand;
  readonly thin: boolean;
  readonly pattern: ReciprocityPattern;
  /** Acts both ways in the step. */
  readonly acts: number;
  readonly noticedShare: number | null;
  /** Weeks the pattern was read over, weeks with acts, recent weeks leaning the same way. */
  readonly patternWeeks: number;
  readonly activeWeeks: number;
  readonly leaningWeeks: number;
  /** A season that lowered the expectation on the pair in this step. */
  readonly season: {
    readonly id: string;
    readonly memberId: string;
    readonly kind: SeasonKind;
  } | null;
}

export interface ReportSeason {
  readonly id: string;
  readonly memberId: string;
  readonly kind: SeasonKind;
  readonly startsAt: EpochMs;
  readonly endsAt: EpochMs | null;
}

export interface ReportCheckins {
  /** Revealed rounds of every instrument in the period. */
  readonly rounds: readonly ReportRound[];
  /**
   * A couple's CSI totals over time, each person's own, for a professional reader, with the
   * published cut-off; empty for other circles.
   */
  readonly csi: readonly ReportCsiSeries[];
}

export interface ReportRound {
  readonly id: string;
  readonly instrument: InstrumentId;
  readonly at: EpochMs;
  readonly answered: number;
  /** recipro's own items: areas where more than one says they carry the larger share. */
  readonly areasToTalkAbout: readonly string[];
}

export interface ReportCsiSeries {
  readonly memberId: string;
  readonly instrument: 'csi4' | 'csi16';
  readonly min: number;
  readonly max: number;
  /** The authors' published cut-off (Funk & Rogge, 2007). */
  readonly publishedCutOff: number;
  readonly points: readonly { readonly at: EpochMs; readonly total: number }[];
}

export interface ReportValuesRound {
  readonly id: string;
  readonly at: EpochMs;
  readonly topics: readonly ValuesTopic[];
}

/** Repair as patterns: never who started how many. */
export interface ReportRepair {
  readonly ruptures: number;
  /** Repaired for everyone involved. */
  readonly repaired: number;
  /** Said "repaired for me" by some of those involved, not yet all. */
  readonly repairedForSome: number;
  readonly medianSecondsToRepair: number | null;
  readonly withinDayShare: number | null;
  /** Where repair tends to start: `thin`, `both_sides` or `one_side` (naming nobody). */
  readonly startPattern: 'thin' | 'both_sides' | 'one_side';
}

/** The load of Share the load by stage, as spread, never as anyone's share. */
export interface ReportLoad {
  readonly responsibilities: number;
  /** Gini of the members' loads: 0 even. */
  readonly gini: number;
  readonly stages: readonly ReportLoadStage[];
}

export interface ReportLoadStage {
  readonly stage: Stage;
  /** Monthly load of the stage, owned or not. */
  readonly load: number;
  /** Of which owned by nobody. */
  readonly unowned: number;
  /** `shared`, `one_side` (one member owns 75% or more of what is owned), or `unowned`. */
  readonly spread: 'shared' | 'one_side' | 'unowned';
}

export interface ReportRitual {
  readonly id: string;
  readonly kind: RitualKind;
  readonly done: number;
  readonly of: number;
}
