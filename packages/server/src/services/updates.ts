import { randomUUID } from 'node:crypto';
import type { UpdateDetail, UpdateKind } from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import type { Once, UpdatesRepository, UpdateView } from '../repositories/updates.ts';
import type { UserRecord } from '../repositories/users.ts';
import { pageOf, pageSpec, type PageQuery } from './paging.ts';

/** What happened in a circle, to be told to those it concerns. Never anything anyone wrote. */
export interface Happening {
  readonly kind: UpdateKind;
  readonly circleId: string;
  /** The member who acted (or the request to join that did). */
  readonly actorMemberId: string | null;
  readonly subjectId: string | null;
  readonly detail?: UpdateDetail;
}

export interface UpdatesPage {
  readonly updates: UpdateView[];
  readonly unread: number;
  /** The cursor to pass as `before` for the next page; null when there is none. */
  readonly next: string | null;
}

/**
 * Updates between members: other services tell what happened (`tell*`), each person reads and
 * marks only their own.
 */
export class UpdatesService {
  constructor(
    private readonly updates: UpdatesRepository,
    private readonly clock: Clock,
    /** Called after people were told (e.g. so that "let's reset" is delivered at once). */
    private readonly told: (kind: UpdateKind) => void = () => {},
  ) {}

  /** Tells these members of the circle (those who have left are skipped). */
  async tellMembers(
    happening: Happening,
    memberIds: readonly string[],
    once: Once = {},
  ): Promise<void> {
    const n = await this.updates.tellMembers(this.event(happening), memberIds, randomUUID, once);
    if (n > 0) this.told(happening.kind);
  }

  /** Takes back what a happening told, for everyone it told (it was undone at once). */
  async withdraw(happening: Omit<Happening, 'detail'>): Promise<void> {
    await this.updates.withdraw(happening);
  }

  /** The start of today (UTC), for "at most one a day". */
  startOfToday(): string {
    return toIso(Math.floor(this.clock.now() / 86_400_000) * 86_400_000);
  }

  /** Tells every member of the circle but these. */
  async tellCircleExcept(happening: Happening, memberIds: readonly string[]): Promise<void> {
    const n = await this.updates.tellCircle(this.event(happening), memberIds, randomUUID);
    if (n > 0) this.told(happening.kind);
  }

  /** Tells one account, member or not (a person just removed, for one). */
  async tellUser(happening: Happening, userId: string): Promise<void> {
    await this.updates.tellUser(this.event(happening), userId, randomUUID);
    this.told(happening.kind);
  }

  async list(user: UserRecord, query: PageQuery): Promise<UpdatesPage> {
    const spec = pageSpec(query);
    const [rows, unread] = await Promise.all([
      this.updates.list(user.id, spec),
      this.updates.unreadCount(user.id),
    ]);
    const page = pageOf(rows, spec, (u) => ({ key: u.createdAt, id: u.id }));
    return { updates: page.items, unread, next: page.next };
  }

  /** Every update of the user's, newest first (for their export). */
  async everything(user: UserRecord): Promise<UpdateView[]> {
    return this.updates.list(user.id);
  }

  /** Marks some (or all) of the user's updates read; unknown ids → not_found, nothing marked. */
  async read(user: UserRecord, which: { ids?: readonly string[] }): Promise<{ unread: number }> {
    const unknown = await this.updates.markRead(user.id, which.ids, toIso(this.clock.now()));
    if (unknown.length > 0) {
      throw new AppError('not_found', 'Some of those updates are not yours, so none was marked.', {
        details: unknown.map((id) => ({ field: 'ids', message: `no update ${id}` })),
      });
    }
    return { unread: await this.updates.unreadCount(user.id) };
  }

  private event(happening: Happening) {
    return { ...happening, createdAt: toIso(this.clock.now()) };
  }
}
