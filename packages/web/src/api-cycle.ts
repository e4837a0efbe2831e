/**
 * Typed client for the RECIPRO cycle: check-ins, reflections, needs, the values conversation,
 * ruptures and the monthly review. Same typed API and error shape as api.ts.
 */
import type { InstrumentId } from '@recipro/core';
import { api, type Body, type Reply } from './api/typed.ts';
import { everyPage, type PageCursor } from './api/pages.ts';

export type { InstrumentId } from '@recipro/core';

/**
 * An instrument as the API sends it (never its research cut-off): the CSI with its authors'
 * words, recipro's own with none (null), which the web words by id (cycle/instrument-words.ts).
 */
export type SentInstrument = Reply<'get', '/api/instruments/{instrumentId}'>;
type SentItem = SentInstrument['items'][number];
type WordedItem<I> = I extends { readonly kind: 'choice' }
  ? Omit<I, 'text' | 'options'> & {
      readonly text: string;
      readonly options: readonly { readonly label: string; readonly score: number }[];
    }
  : Omit<I, 'left' | 'right'> & { readonly left: string; readonly right: string };
/** An instrument with every item, choice and instruction in the reader's words. */
export type Instrument = Omit<SentInstrument, 'items' | 'instructions'> & {
  readonly items: readonly WordedItem<SentItem>[];
  readonly instructions: readonly { readonly text: string; readonly itemIds: readonly string[] }[];
};
export type InstrumentItem = Instrument['items'][number];

export type Checkin = Reply<'get', '/api/circles/{circleId}/checkins/{checkinId}'>;
export type RoundStatus = Checkin['status'];
export type CheckinResult = NonNullable<Checkin['results']>[number];

export type CheckinHistory = Reply<'get', '/api/circles/{circleId}/checkins'>;
export type TrendStep = NonNullable<
  NonNullable<CheckinHistory['trends'][keyof CheckinHistory['trends']]>['latest']
>;

export type Prompts = Reply<'get', '/api/prompts'>;
/** An item the server sends by id, with its words in the reader's language (cycle/prompt-text.ts). */
export type Worded<T> = T & { readonly text: string };
export type Prompt = Worded<Prompts['needsStarters'][number]>;
export type ReflectionPrompt = Worded<Prompts['reflection'][number]>;

export type Reflection = Reply<'post', '/api/circles/{circleId}/reflections'>;
export type Need = Reply<'post', '/api/circles/{circleId}/needs'>;
export type ValuesRound = Reply<'post', '/api/circles/{circleId}/values'>;
/** A values conversation with its questions in the reader's words. */
export type WordedValuesRound = Omit<ValuesRound, 'questions'> & {
  readonly questions: readonly Worded<ValuesRound['questions'][number]>[];
};
export type Rupture = Reply<'post', '/api/circles/{circleId}/ruptures'>;
export type RepairStats = Reply<'get', '/api/circles/{circleId}/ruptures'>['stats'];
export type Review = Reply<'get', '/api/circles/{circleId}/review'>;
export type MonthActs = Review['acts'];

/** Whether check-ins open by themselves (every week or month, UTC periods). */
export type CheckinSchedule = Body<'put', '/api/circles/{circleId}/checkin-schedule'>;

/**
 * The schedule as the circle is told it: `stopped` names a schedule kept from before the CSI was
 * for couples only, which no longer opens check-ins in this circle.
 */
export type CheckinScheduleState = Reply<'get', '/api/circles/{circleId}/checkin-schedule'>;

/** An instrument: the CSI with its words, recipro's own by id (cycle/instrument-words.ts). */
export const getInstrument = (instrumentId: InstrumentId) =>
  api.get('/api/instruments/{instrumentId}', { path: { instrumentId } });

/** Reflection prompts, needs starters and values questions, by id (the web words them). */
export const getPrompts = () => api.get('/api/prompts');

export const openCheckin = (circleId: string, instrument: InstrumentId) =>
  api.post('/api/circles/{circleId}/checkins', { path: { circleId }, body: { instrument } });

export const getCheckinSchedule = (circleId: string) =>
  api.get('/api/circles/{circleId}/checkin-schedule', { path: { circleId } });

export const setCheckinSchedule = (circleId: string, schedule: CheckinSchedule) =>
  api.put('/api/circles/{circleId}/checkin-schedule', { path: { circleId }, body: schedule });

export const listCheckins = (circleId: string, query: PageCursor = {}) =>
  api.get('/api/circles/{circleId}/checkins', { path: { circleId }, query });

/** Closes a check-in: what was answered is revealed, and nobody else can answer it. */
export const closeCheckin = (circleId: string, checkinId: string) =>
  api.post('/api/circles/{circleId}/checkins/{checkinId}/close', {
    path: { circleId, checkinId },
  });

export const getCheckin = (circleId: string, checkinId: string) =>
  api.get('/api/circles/{circleId}/checkins/{checkinId}', { path: { circleId, checkinId } });

export const answerCheckin = (
  circleId: string,
  checkinId: string,
  body: Body<'post', '/api/circles/{circleId}/checkins/{checkinId}/answers'>,
) =>
  api.post('/api/circles/{circleId}/checkins/{checkinId}/answers', {
    path: { circleId, checkinId },
    body,
  });

export const writeReflection = (
  circleId: string,
  body: Body<'post', '/api/circles/{circleId}/reflections'>,
) => api.post('/api/circles/{circleId}/reflections', { path: { circleId }, body });

export const listReflections = (circleId: string, query: PageCursor = {}) =>
  api.get('/api/circles/{circleId}/reflections', { path: { circleId }, query });

/** Deletes one of the member's own reflections. */
export const deleteReflection = (circleId: string, reflectionId: string) =>
  api.delete('/api/circles/{circleId}/reflections/{reflectionId}', {
    path: { circleId, reflectionId },
  });

export const expressNeed = (
  circleId: string,
  body: Body<'post', '/api/circles/{circleId}/needs'>,
) => api.post('/api/circles/{circleId}/needs', { path: { circleId }, body });

export const listNeeds = (circleId: string, query: PageCursor = {}) =>
  api.get('/api/circles/{circleId}/needs', { path: { circleId }, query });

export const thankNeed = (circleId: string, needId: string) =>
  api.post('/api/circles/{circleId}/needs/{needId}/thanks', { path: { circleId, needId } });

/** Takes back my "Thank you for telling me". */
export const unthankNeed = (circleId: string, needId: string) =>
  api.delete('/api/circles/{circleId}/needs/{needId}/thanks', { path: { circleId, needId } });

/** Shares one's own need with the circle, or makes a shared one private again. */
export const setNeedShared = (circleId: string, needId: string, shared: boolean) =>
  api.patch('/api/circles/{circleId}/needs/{needId}', {
    path: { circleId, needId },
    body: { shared },
  });

/** Deletes one's own need; the circle no longer sees it. */
export const deleteNeed = (circleId: string, needId: string) =>
  api.delete('/api/circles/{circleId}/needs/{needId}', { path: { circleId, needId } });

export const startValues = (circleId: string) =>
  api.post('/api/circles/{circleId}/values', { path: { circleId } });

/** Every values conversation, newest first (a circle has one open at a time, few in all). */
export const listValues = async (circleId: string) =>
  (
    await everyPage((query) =>
      api.get('/api/circles/{circleId}/values', { path: { circleId }, query }),
    )
  ).flatMap((page) => page.conversations);

export const answerValues = (circleId: string, roundId: string, answers: readonly string[]) =>
  api.post('/api/circles/{circleId}/values/{roundId}/answers', {
    path: { circleId, roundId },
    body: { answers },
  });

export const logRupture = (
  circleId: string,
  body: Body<'post', '/api/circles/{circleId}/ruptures'>,
) => api.post('/api/circles/{circleId}/ruptures', { path: { circleId }, body });

export const listRuptures = (circleId: string, query: PageCursor = {}) =>
  api.get('/api/circles/{circleId}/ruptures', { path: { circleId }, query });

export const resetRupture = (circleId: string, ruptureId: string) =>
  api.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', {
    path: { circleId, ruptureId },
  });

export const repairRupture = (circleId: string, ruptureId: string) =>
  api.post('/api/circles/{circleId}/ruptures/{ruptureId}/repair', {
    path: { circleId, ruptureId },
  });

/** Removes the note of a hard moment one logged; the moment and its repair stay. */
export const removeRuptureNote = (circleId: string, ruptureId: string) =>
  api.delete('/api/circles/{circleId}/ruptures/{ruptureId}/note', {
    path: { circleId, ruptureId },
  });

export const getReview = (circleId: string, month: string) =>
  api.get('/api/circles/{circleId}/review', { path: { circleId }, query: { month } });
