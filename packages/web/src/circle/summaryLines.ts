import { balanceIndex, bandFor, isThin } from '@recipro/core';
import type { PairSummary } from '../api.ts';

/**
 * How care between me and one other person has moved, said from my side only: never a count of
 * theirs, never two counts side by side (docs/voice.md).
 */
export type Rhythm = 'thin' | 'both_ways' | 'toward_me' | 'from_me';

export interface MySide {
  /** Acts I gave anyone in these days, and how many of them were marked noticed. */
  readonly gave: number;
  readonly gaveNoticed: number;
  /** How many acts that reached me I marked noticed. */
  readonly iNoticed: number;
}

const sum = (pairs: readonly PairSummary[], pick: (p: PairSummary) => number) =>
  pairs.reduce((total, p) => total + pick(p), 0);

/** My own numbers: what I gave, and what I noticed of the care that reached me. */
export function mySide(pairs: readonly PairSummary[], me: string): MySide {
  const given = pairs.filter((p) => p.fromMemberId === me && p.toMemberId !== me);
  const received = pairs.filter((p) => p.toMemberId === me && p.fromMemberId !== me);
  return {
    gave: sum(given, (p) => p.acts),
    gaveNoticed: sum(given, (p) => p.noticed),
    iNoticed: sum(received, (p) => p.noticed),
  };
}

/** Whether care with `other` went both ways, leaned toward me, or came mostly from me. */
export function rhythmWith(pairs: readonly PairSummary[], me: string, other: string): Rhythm {
  const find = (from: string, to: string) =>
    pairs.find((p) => p.fromMemberId === from && p.toMemberId === to);
  const gave = find(me, other);
  const received = find(other, me);
  const acts = (gave?.acts ?? 0) + (received?.acts ?? 0);
  if (isThin(acts)) return 'thin';
  const index = balanceIndex(gave?.effort ?? 0, received?.effort ?? 0);
  if (bandFor(index, acts) === 'in_rhythm') return 'both_ways';
  return index > 0 ? 'from_me' : 'toward_me';
}

/** True when `other` gave me anything in these days (said without a count). */
export const reachedMe = (pairs: readonly PairSummary[], me: string, other: string): boolean =>
  pairs.some((p) => p.fromMemberId === other && p.toMemberId === me && p.acts > 0);

/** True when care went between two other people in these days (said without names or counts). */
export const amongOthers = (pairs: readonly PairSummary[], me: string): boolean =>
  pairs.some((p) => p.fromMemberId !== me && p.toMemberId !== me && p.acts > 0);
