import {
  DAY_MS,
  FORMS_OF_CARE,
  type CareLanguage,
  type CircleKind,
  type FormOfCare,
  type SeasonKind,
} from '@recipro/core';
import type { DemoActColumns, DemoCircleInput } from '@recipro/server';
import { seededRandom, type Random } from './demo-random.ts';

/**
 * The made-up activity of a demo circle: who gives what to whom, when, and what was noticed.
 * Pure and deterministic: the same options and seed give the same plan, to the millisecond,
 * relative to `endDay`. Nothing here touches the clock, the database or `Math.random`.
 */

export interface DemoPlanOptions {
  /** 2 makes a couple; 3 to 10 a family. */
  readonly members: number;
  readonly acts: number;
  /** The activity covers the `days` whole UTC days before `endDay`. */
  readonly days: number;
  readonly seed: number;
  /** UTC day index (days since the epoch) the activity stops before: usually today. */
  readonly endDay: number;
}

export interface DemoPerson {
  readonly name: string;
  readonly careLanguages: readonly CareLanguage[];
}

export type DemoPlan = Omit<DemoCircleInput, 'members'> & {
  readonly people: readonly DemoPerson[];
};

export const MIN_MEMBERS = 2;
export const MAX_MEMBERS = 10;

type Role = 'partner' | 'child' | 'elder' | 'relative';

/** Who a person is in the demo: how much they give, in which forms, and how often they notice. */
interface Persona {
  readonly name: string;
  readonly role: Role;
  /** Relative share of the circle's giving. */
  readonly giving: number;
  /** Relative weight of each form in what they give (missing forms: a small base weight). */
  readonly forms: Partial<Record<FormOfCare, number>>;
  /** Chance they mark an act they received as noticed. */
  readonly notices: number;
  readonly languages: readonly CareLanguage[];
}

/**
 * The cast, in the order members are added. The two partners lean differently on purpose: one
 * carries the practical and mental load, the other gives warmth and attention, and each values
 * most what the other gives least, which is what the balance and fit views are there to show.
 */
const PERSONAS: readonly Persona[] = [
  {
    name: 'Asha',
    role: 'partner',
    giving: 1.2,
    forms: {
      practical: 6,
      mental_load: 5,
      future: 2.5,
      quality_time: 2,
      communication: 2,
      emotional: 1.5,
      healing: 1.2,
      appreciation: 1,
      affection: 1,
    },
    notices: 0.35,
    languages: ['words', 'time', 'touch'],
  },
  {
    name: 'Ben',
    role: 'partner',
    giving: 0.9,
    forms: {
      emotional: 4.5,
      affection: 4.5,
      quality_time: 3,
      communication: 2.5,
      appreciation: 2.5,
      intimacy: 1.5,
      repair: 1,
      practical: 1.5,
      respect: 1,
    },
    notices: 0.7,
    languages: ['acts', 'reliability', 'words'],
  },
  {
    name: 'Leo',
    role: 'child',
    giving: 0.5,
    forms: { communication: 4, quality_time: 3, affection: 2, practical: 1.5, appreciation: 1.5 },
    notices: 0.3,
    languages: ['time', 'space', 'words'],
  },
  {
    name: 'Ivy',
    role: 'child',
    giving: 0.45,
    forms: { affection: 5, appreciation: 3, quality_time: 2.5, communication: 2 },
    notices: 0.5,
    languages: ['touch', 'time', 'gifts'],
  },
  {
    name: 'Rose',
    role: 'elder',
    giving: 0.7,
    forms: { healing: 4, emotional: 3.5, future: 2, practical: 2, appreciation: 2, respect: 1.5 },
    notices: 0.8,
    languages: ['loyalty', 'time', 'words'],
  },
  {
    name: 'Sam',
    role: 'relative',
    giving: 0.4,
    forms: { practical: 4, quality_time: 3, communication: 1.5, future: 1 },
    notices: 0.4,
    languages: ['acts', 'time', 'space'],
  },
  {
    name: 'Noor',
    role: 'relative',
    giving: 0.45,
    forms: { emotional: 4, communication: 3.5, appreciation: 2, healing: 1.5 },
    notices: 0.65,
    languages: ['words', 'loyalty', 'time'],
  },
  {
    name: 'Eli',
    role: 'child',
    giving: 0.3,
    forms: { quality_time: 4, affection: 3, communication: 1.5 },
    notices: 0.3,
    languages: ['time', 'touch', 'words'],
  },
  {
    name: 'June',
    role: 'elder',
    giving: 0.5,
    forms: { future: 3.5, practical: 3, respect: 2.5, healing: 1.5, appreciation: 1 },
    notices: 0.6,
    languages: ['reliability', 'loyalty', 'space'],
  },
  {
    name: 'Kit',
    role: 'relative',
    giving: 0.3,
    forms: { communication: 4, appreciation: 3, quality_time: 2 },
    notices: 0.45,
    languages: ['words', 'time', 'acts'],
  },
];

/** A few notes, per form, for the acts that carry one. */
const NOTES: Partial<Record<FormOfCare, readonly string[]>> = {
  practical: ['Made tea', 'Picked up the groceries', 'Fixed the leaking tap', 'Did the school run'],
  mental_load: ['Booked the dentist', 'Remembered the birthday card', 'Planned the week’s meals'],
  emotional: ['Listened after a long day', 'Put the phone away and just talked'],
  communication: ['Asked about the interview', 'Called on the way home'],
  affection: ['A long hug in the kitchen', 'Left a note on the mirror'],
  quality_time: ['Walk by the river', 'Film night, phones off'],
  appreciation: ['Said thank you for the dinner', 'Noticed the tidy hallway'],
  healing: ['Stayed up while they had a fever', 'Sat with them after the bad news'],
  future: ['Sorted the holiday budget', 'Set up the shared calendar'],
  repair: ['Said sorry first', '“Let’s reset”'],
};
const NOTE_CHANCE = 0.06;

/** Share of acts by UTC weekday (Sunday first): weekends carry more, Mondays less. */
const WEEKDAY_WEIGHT = [1.25, 0.88, 0.95, 1, 1, 1.1, 1.3] as const;

/** Times of day in minutes after midnight, as [from, to, weight]: mornings and evenings peak. */
const WORKDAY_SLOTS: readonly (readonly [number, number, number])[] = [
  [390, 525, 0.28],
  [720, 810, 0.12],
  [1050, 1320, 0.5],
  [1320, 1425, 0.1],
];
const WEEKEND_SLOTS: readonly (readonly [number, number, number])[] = [
  [510, 720, 0.35],
  [720, 1020, 0.3],
  [1020, 1380, 0.35],
];

/** Forms that take more effort more often. */
const HEAVY_FORMS = new Set<FormOfCare>([
  'practical',
  'mental_load',
  'healing',
  'future',
  'repair',
]);
/** Giving of a member in a season is scaled by this: they are expected to give less. */
const SEASON_GIVING = 0.35;

interface SeasonSpan {
  readonly member: number;
  readonly kind: SeasonKind;
  readonly fromDay: number;
  readonly toDay: number;
  readonly note: string;
}

/** Plans a demo circle. `options` must already be valid (see the command's checks). */
export function planDemo(options: DemoPlanOptions): DemoPlan {
  const random = seededRandom(options.seed);
  const cast = PERSONAS.slice(0, options.members);
  const n = cast.length;
  const startDay = options.endDay - options.days;
  const kind: CircleKind = n === 2 ? 'couple' : 'family';

  const seasons = planSeasons(options, cast);
  const ruptures = planRuptures(options, random, n, startDay);
  const notes: string[] = [];
  const noteIndex = new Map<FormOfCare, number>();
  for (const form of FORMS_OF_CARE) {
    noteIndex.set(form, notes.length);
    notes.push(...(NOTES[form] ?? []));
  }

  const acts = emptyColumns(options.acts);
  const perDay = spreadOverDays(options, random, seasons);
  const affinity = receiverAffinity(cast);
  const repairsByDay = new Map<number, (typeof ruptures)[number]>();
  for (const r of ruptures)
    if (r.repairStartedAt !== null) repairsByDay.set(dayOf(r.repairStartedAt), r);

  let i = 0;
  const day: { at: number; from: number; to: number; form: number; effort: number }[] = [];
  for (let d = 0; d < options.days; d++) {
    const dayIndex = startDay + d;
    const count = perDay[d]!;
    if (count === 0) continue;
    const weekday = (dayIndex + 4) % 7; // 1970-01-01 was a Thursday
    const weekend = weekday === 0 || weekday === 6;
    const inSeason = cast.map((_, m) =>
      seasons.some((s) => s.member === m && dayIndex >= s.fromDay && dayIndex < s.toDay),
    );
    const giving = cast.map((p, m) => p.giving * (inSeason[m] ? SEASON_GIVING : 1));
    const formWeights = cast.map((giver) =>
      cast.map((receiver, to) => formWeightsFor(giver, receiver, weekend, inSeason[to]!)),
    );
    day.length = 0;
    const repair = repairsByDay.get(dayIndex);
    if (repair && repair.repairStartedBy !== null) {
      day.push({
        at: repair.repairStartedAt!,
        from: repair.repairStartedBy,
        to:
          repair.repairStartedBy === repair.loggedBy ? (repair.loggedBy + 1) % n : repair.loggedBy,
        form: FORMS_OF_CARE.indexOf('repair'),
        effort: 2,
      });
    }
    const slots = weekend ? WEEKEND_SLOTS : WORKDAY_SLOTS;
    const slotWeights = slots.map((s) => s[2]);
    while (day.length < count) {
      const from = random.weighted(giving);
      const to = random.weighted(affinity[from]!);
      const form = random.weighted(formWeights[from]![to]!);
      const heavy = HEAVY_FORMS.has(FORMS_OF_CARE[form]!);
      const roll = random.next();
      const effort = roll < (heavy ? 0.6 : 0.76) ? 1 : roll < (heavy ? 0.9 : 0.95) ? 2 : 3;
      const slot = slots[random.weighted(slotWeights)]!;
      const minute = random.between(slot[0], slot[1]);
      const at = dayIndex * DAY_MS + Math.floor(minute * 60_000);
      day.push({ at, from, to, form, effort });
    }
    day.sort((a, b) => a.at - b.at);
    const endMs = options.endDay * DAY_MS;
    for (const act of day) {
      acts.at[i] = act.at;
      acts.from[i] = act.from;
      acts.to[i] = act.to;
      acts.form[i] = act.form;
      acts.effort[i] = act.effort;
      const receiver = cast[act.to]!;
      const noticeChance = Math.min(0.95, receiver.notices * (act.effort > 1 ? 1.25 : 1));
      // Noticed a few minutes to ten hours later (log-uniform), and never after the plan ends.
      acts.noticedAt[i] = random.chance(noticeChance)
        ? Math.min(
            endMs - 1,
            act.at + Math.floor(Math.exp(random.between(Math.log(5), Math.log(600))) * 60_000),
          )
        : Number.NaN;
      const form = FORMS_OF_CARE[act.form]!;
      const choices = NOTES[form];
      acts.note[i] =
        choices && random.chance(NOTE_CHANCE)
          ? noteIndex.get(form)! + random.below(choices.length)
          : -1;
      i++;
    }
  }

  return {
    name:
      n === 2
        ? `${cast[0]!.name} & ${cast[1]!.name}`
        : `${cast[0]!.name} & ${cast[1]!.name}’s family`,
    kind,
    createdAt: (startDay - 1) * DAY_MS + 20 * 3_600_000,
    people: cast.map((p) => ({ name: p.name, careLanguages: p.languages })),
    notes,
    acts,
    seasons: seasons.map((s) => ({
      member: s.member,
      kind: s.kind,
      startsAt: s.fromDay * DAY_MS,
      endsAt: s.toDay * DAY_MS,
      note: s.note,
    })),
    ruptures,
  };
}

const dayOf = (ms: number): number => Math.floor(ms / DAY_MS);

function emptyColumns(count: number): DemoActColumns {
  return {
    count,
    at: new Float64Array(count),
    from: new Uint8Array(count),
    to: new Uint8Array(count),
    form: new Uint8Array(count),
    effort: new Uint8Array(count),
    noticedAt: new Float64Array(count),
    note: new Int16Array(count),
  };
}

/**
 * How many acts fall on each day: weekday rhythm, a slow drift (busy and quiet weeks), daily
 * noise and fewer acts while someone is in a season. Rounding the running total keeps the sum
 * exactly `options.acts`.
 */
function spreadOverDays(
  options: DemoPlanOptions,
  random: Random,
  seasons: readonly SeasonSpan[],
): number[] {
  const startDay = options.endDay - options.days;
  const weights: number[] = [];
  let drift = 1;
  for (let d = 0; d < options.days; d++) {
    const dayIndex = startDay + d;
    drift = Math.min(1.4, Math.max(0.6, drift + random.between(-0.06, 0.06)));
    const seasonal = seasons.some((s) => dayIndex >= s.fromDay && dayIndex < s.toDay) ? 0.8 : 1;
    weights.push(WEEKDAY_WEIGHT[(dayIndex + 4) % 7]! * drift * seasonal * random.between(0.6, 1.4));
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const counts: number[] = [];
  let running = 0;
  let placed = 0;
  for (const w of weights) {
    running += w;
    const upTo = Math.round((running / total) * options.acts);
    counts.push(upTo - placed);
    placed = upTo;
  }
  return counts;
}

/** One or two seasons, both over: a busy time at work (or exams) and, later, a short illness. */
function planSeasons(options: DemoPlanOptions, cast: readonly Persona[]): SeasonSpan[] {
  const startDay = options.endDay - options.days;
  const seasons: SeasonSpan[] = [];
  if (options.days >= 28) {
    const student = cast.findIndex((p) => p.role === 'child');
    const member = student >= 0 ? student : 1;
    const fromDay = startDay + Math.floor(options.days * 0.45);
    seasons.push({
      member,
      kind: student >= 0 ? 'exams' : 'work',
      fromDay,
      toDay: fromDay + Math.max(7, Math.floor(options.days * 0.12)),
      note: student >= 0 ? 'Exam weeks' : 'Deadline month at work',
    });
  }
  if (options.days >= 60) {
    const fromDay = startDay + Math.floor(options.days * 0.78);
    seasons.push({ member: 0, kind: 'illness', fromDay, toDay: fromDay + 6, note: 'Flu' });
  }
  return seasons;
}

/** About one rupture every six weeks, each repaired within a day, mostly started by the second partner. */
function planRuptures(
  options: DemoPlanOptions,
  random: Random,
  n: number,
  startDay: number,
): DemoPlan['ruptures'] {
  const count = options.days >= 14 ? Math.max(1, Math.floor(options.days / 42)) : 0;
  const ruptures: DemoPlan['ruptures'][number][] = [];
  for (let k = 0; k < count; k++) {
    const day =
      startDay + Math.floor(((k + random.between(0.2, 0.8)) / count) * (options.days - 2));
    const occurredAt = day * DAY_MS + Math.floor(random.between(18, 22) * 3_600_000);
    const loggedBy = random.chance(0.8) ? random.below(2) : random.below(n);
    const repairStartedBy = random.chance(0.7) ? 1 : 0;
    const repairStartedAt = occurredAt + Math.floor(random.between(1, 20) * 3_600_000);
    ruptures.push({
      loggedBy,
      occurredAt,
      note: random.chance(0.5) ? 'A tense evening about plans' : null,
      repairStartedBy,
      repairStartedAt,
      repairedAt: repairStartedAt + Math.floor(random.between(0.5, 4) * 3_600_000),
    });
  }
  return ruptures;
}

/** Whom each member gives to: partners mostly to each other, parents to children, and so on. */
function receiverAffinity(cast: readonly Persona[]): number[][] {
  return cast.map((giver, from) =>
    cast.map((receiver, to) => {
      if (from === to) return 0;
      if (giver.role === 'partner' && receiver.role === 'partner') return 3;
      if (giver.role === 'partner' && receiver.role === 'child') return 2;
      if (giver.role === 'child' && receiver.role === 'partner') return 1.5;
      if (giver.role === 'elder' && receiver.role === 'child') return 1.5;
      return 1;
    }),
  );
}

/** A giver's weights over FORMS_OF_CARE for one receiver on one day (a receiver in a season gets more healing and practical help). */
function formWeightsFor(
  giver: Persona,
  receiver: Persona,
  weekend: boolean,
  receiverInSeason: boolean,
): number[] {
  return FORMS_OF_CARE.map((form) => {
    let w = giver.forms[form] ?? 0.3;
    if (form === 'repair') w = Math.min(w, 1); // repair mostly follows a rupture
    if (weekend && (form === 'quality_time' || form === 'affection' || form === 'intimacy'))
      w *= 1.8;
    if (!weekend && (form === 'practical' || form === 'mental_load')) w *= 1.15;
    if (receiverInSeason && (form === 'healing' || form === 'practical')) w *= 3;
    // Intimacy is a partners' form; between anyone else it is left out.
    if (form === 'intimacy' && (giver.role !== 'partner' || receiver.role !== 'partner')) w = 0;
    return w;
  });
}
