import type { CircleKind, Effort, FormOfCare } from './vocabulary.ts';

/** Milliseconds since the Unix epoch (UTC). Core never reads the clock: times come in. */
export type EpochMs = number;

/** A group of people who matter to each other. */
export interface Circle {
  readonly id: string;
  readonly name: string;
  readonly kind: CircleKind;
  readonly createdAt: EpochMs;
}

/** A person's place in one circle. A member id is per circle; a user may be in many circles. */
export interface Member {
  readonly id: string;
  readonly circleId: string;
  readonly userId: string;
  readonly name: string;
  readonly joinedAt: EpochMs;
}

/** One act of care, given by one member to another in the same circle. */
export interface Act {
  readonly id: string;
  readonly circleId: string;
  readonly fromMemberId: string;
  readonly toMemberId: string;
  readonly form: FormOfCare;
  readonly effort: Effort;
  /** Exactly as the giver wrote it, or null. */
  readonly note: string | null;
  /** When the care happened (may be back-dated by the giver). */
  readonly at: EpochMs;
  readonly createdAt: EpochMs;
  /** When the receiver marked "I noticed", or null while unacknowledged. */
  readonly noticedAt: EpochMs | null;
}

/** The receiver's "I noticed" on an act. At most one per act. */
export interface Acknowledgement {
  readonly actId: string;
  readonly byMemberId: string;
  readonly at: EpochMs;
}
