import type { Season, SeasonKind, SeasonStatus } from '@recipro/core';
import type { Kysely, Selectable } from 'kysely';
import { fromIso } from '../clock.ts';
import type { Database, SeasonsTable } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';
import { keyset, type PageSpec } from './paging.ts';

export interface SeasonRecord {
  readonly id: string;
  readonly circleId: string;
  readonly memberId: string;
  readonly kind: SeasonKind;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly note: string | null;
  readonly createdByMemberId: string;
  readonly createdAt: string;
  /** `suggested` by another member until the member it is about accepts it; then `active`. */
  readonly status: SeasonStatus;
}

const toRecord = (r: Selectable<SeasonsTable>): SeasonRecord => ({
  id: r.id,
  circleId: r.circle_id,
  memberId: r.member_id,
  kind: r.kind as SeasonKind,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  note: r.note,
  createdByMemberId: r.created_by_member_id,
  createdAt: r.created_at,
  status: r.status as SeasonStatus,
});

/** A stored season as core's analytics read it (times in ms). */
export const toCoreSeason = (s: SeasonRecord): Season => ({
  id: s.id,
  memberId: s.memberId,
  kind: s.kind,
  startsAt: fromIso(s.startsAt),
  endsAt: s.endsAt === null ? null : fromIso(s.endsAt),
  note: s.note,
});

/** Seasons of a circle: every member sees them (they explain a rhythm, they are not private). */
export class SeasonsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    scope: MemberScope,
    input: {
      id: string;
      memberId: string;
      kind: SeasonKind;
      startsAt: string;
      endsAt: string | null;
      note: string | null;
      createdAt: string;
      status: SeasonStatus;
    },
  ): Promise<SeasonRecord> {
    const row = {
      id: input.id,
      circle_id: scope.circleId,
      member_id: input.memberId,
      kind: input.kind,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      note: input.note,
      created_by_member_id: scope.memberId,
      created_at: input.createdAt,
      status: input.status,
    };
    await this.db.insertInto('seasons').values(row).execute();
    return toRecord(row);
  }

  /** Oldest first; `active` leaves out suggestions that wait for their member. */
  async list(scope: MemberScope, only?: SeasonStatus, page?: PageSpec): Promise<SeasonRecord[]> {
    let query = this.db.selectFrom('seasons').selectAll().where('circle_id', '=', scope.circleId);
    if (only !== undefined) query = query.where('status', '=', only);
    const rows = await keyset(query, 'starts_at', 'id', 'asc', page).execute();
    return rows.map(toRecord);
  }

  async find(scope: MemberScope, id: string): Promise<SeasonRecord | undefined> {
    const row = await this.db
      .selectFrom('seasons')
      .selectAll()
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Changes a season's kind, note, end or status (the service decides who may). */
  async update(
    scope: MemberScope,
    id: string,
    changes: { kind?: SeasonKind; note?: string | null; endsAt?: string; status?: SeasonStatus },
  ): Promise<void> {
    await this.db
      .updateTable('seasons')
      .set({
        ...(changes.kind === undefined ? {} : { kind: changes.kind }),
        ...(changes.note === undefined ? {} : { note: changes.note }),
        ...(changes.endsAt === undefined ? {} : { ends_at: changes.endsAt }),
        ...(changes.status === undefined ? {} : { status: changes.status }),
      })
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', id)
      .execute();
  }

  async delete(scope: MemberScope, id: string): Promise<void> {
    await this.db
      .deleteFrom('seasons')
      .where('circle_id', '=', scope.circleId)
      .where('id', '=', id)
      .execute();
  }
}
