/**
 * Typed client for the signed-in person's updates (issue 12, issue 15 "Updates between
 * members"): what other members did that concerns them, newest first, and marking them read.
 * An update names its kind, the person and the circle, never private content.
 */
import type { UpdateDetail, UpdateKind } from '@recipro/core';
import { query, request, type IsoTime } from './api.ts';

export interface Update {
  readonly id: string;
  /**
   * One of core's UPDATE_KINDS, or a kind added after this copy of the app was loaded, which it
   * says in general words (updates/text.ts).
   */
  readonly kind: UpdateKind | string;
  readonly circleId: string;
  /** Null when the circle can no longer be named to this person (after being removed from it). */
  readonly circleName: string | null;
  readonly actorMemberId: string | null;
  /** Null when the person has left the circle or is unknown. */
  readonly actorName: string | null;
  /** What the update is about (an act, season, hand-over, ritual…), by kind. */
  readonly subjectId: string | null;
  /** `accepted` or `declined` for the answers; null otherwise (or a word added later). */
  readonly detail: UpdateDetail | string | null;
  readonly createdAt: IsoTime;
  readonly readAt: IsoTime | null;
}

export interface UpdatesPage {
  /** Newest first. */
  readonly updates: readonly Update[];
  /** How many of the person's updates are unread, over all pages. */
  readonly unread: number;
  /** Pass as `before` for the next, older page; null when there is none. */
  readonly nextBefore: string | null;
}

export interface UpdatesQuery {
  /** An update id: only updates older than it. */
  readonly before?: string;
  /** 1 to 100; the server's default is 30. */
  readonly limit?: number;
}

export const listUpdates = (params: UpdatesQuery = {}) =>
  request<UpdatesPage>('GET', `/api/me/updates${query({ ...params })}`);

/** Marks the given updates (or all of them) read; answers how many stay unread. */
export const markUpdatesRead = (
  which: { readonly ids: readonly string[] } | { readonly all: true },
) => request<{ unread: number }>('POST', '/api/me/updates/read', which);
