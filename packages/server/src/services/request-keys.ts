import { createHash } from 'node:crypto';
import { fromIso, toIso, type Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import type { RequestKeysRepository } from '../repositories/request-keys.ts';

/** How long a key is kept: long enough for any retry, short enough not to become a record. */
export const REQUEST_KEY_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * How long a claimed key without an answer counts as a request still running (a write takes
 * seconds at most: the database answers or is given up on within a few). Past it, the
 * process that ran it has stopped before answering: the write may or may not have been done.
 */
export const REQUEST_KEY_RUNNING_MS = 30_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the request with a key is: its method, path and body (as parsed JSON). */
export const requestFingerprint = (method: string, url: string, body: unknown): string =>
  createHash('sha256')
    .update(`${method} ${url}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');

/** Why a request with a key already used is answered 409 instead of being done. */
export type KeyConflict = 'another_request' | 'still_running' | 'outcome_unknown';

const CONFLICT_MESSAGES: Readonly<Record<KeyConflict, string>> = {
  another_request:
    'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
  still_running:
    'A request with this Idempotency-Key is still being answered. Ask again in a moment to get its answer.',
  outcome_unknown:
    'A request with this Idempotency-Key was started but never answered, so it may or may not have been done. Look before trying again, with a new key.',
};

export const keyConflict = (reason: KeyConflict): AppError =>
  new AppError('conflict', CONFLICT_MESSAGES[reason], {
    details: [{ field: 'idempotency-key', reason, message: CONFLICT_MESSAGES[reason] }],
  });

/**
 * A write sent with an `Idempotency-Key` is done at most once per person and key: the key is
 * claimed (committed) before the write runs, and the answer kept once it is known. The same
 * request again gets that answer; a different request with the key, or one while the first
 * still runs, is refused. If the process stops between the write and keeping its answer, the
 * key says so (`outcome_unknown`) rather than doing the write a second time.
 */
export class RequestKeysService {
  constructor(
    private readonly keys: RequestKeysRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Claims the key for this request: undefined when it is new (go ahead), the earlier answer
   * when this same request was answered before; a `conflict` AppError otherwise.
   */
  async claim(
    userId: string,
    key: string,
    fingerprint: string,
  ): Promise<{ status: number; body: string | null } | undefined> {
    const now = this.clock.now();
    const earlier = await this.keys.claim(
      userId,
      key,
      fingerprint,
      toIso(now),
      toIso(now - REQUEST_KEY_KEPT_MS),
    );
    if (earlier === undefined) return undefined;
    if (earlier.fingerprint !== fingerprint) throw keyConflict('another_request');
    if (earlier.answer !== null) return earlier.answer;
    const running = now - fromIso(earlier.createdAt) < REQUEST_KEY_RUNNING_MS;
    throw keyConflict(running ? 'still_running' : 'outcome_unknown');
  }

  /** Keeps the answer of the request that claimed the key. */
  async answered(userId: string, key: string, status: number, body: string | null): Promise<void> {
    await this.keys.answer(userId, key, status, body);
  }

  /**
   * After something was deleted (an item, or what the person wrote in a circle they left):
   * forgets the person's kept answers that hold it, so what was deleted is not kept here for
   * the rest of the day. `ids` that are not UUIDs are passed over.
   */
  async forgetDeleted(userId: string, ids: readonly string[]): Promise<void> {
    await this.keys.forgetNaming(
      userId,
      ids.filter((id) => UUID.test(id)),
    );
  }

  /** Gives the key back: its request was refused and changed nothing. */
  async release(userId: string, key: string): Promise<void> {
    await this.keys.release(userId, key);
  }
}
