import { toIso, type Clock } from '../clock.ts';
import { notFound } from '../errors.ts';
import { hashToken } from '../auth/tokens.ts';
import type { SessionsRepository } from '../repositories/sessions.ts';
import type { UserRecord } from '../repositories/users.ts';
import { pageOf, pageSpec, type Page, type PageQuery } from './paging.ts';

export interface SessionView {
  readonly id: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly userAgent: string | null;
  /** Whether this is the session the request came with. */
  readonly current: boolean;
}

/** The places a person is signed in: listing them and ending them. */
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
  ) {}

  /** One page of the user's unexpired sessions, the most recently begun first. */
  async list(user: UserRecord, currentToken: string, query: PageQuery): Promise<Page<SessionView>> {
    const current = hashToken(currentToken);
    const spec = pageSpec(query);
    const rows = await this.sessions.pageForUser(user.id, toIso(this.clock.now()), spec);
    const page = pageOf(rows, spec, (s) => ({ key: s.createdAt, id: s.publicId }));
    const items = page.items.map((s) => ({
      id: s.publicId,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      userAgent: s.userAgent,
      current: s.id === current,
    }));
    return { items, next: page.next };
  }

  /**
   * Ends one of the user's own sessions. 404 for an id that is not one of theirs (unknown,
   * expired, or someone else's). Returns whether it was the session of this request.
   */
  async end(user: UserRecord, currentToken: string, publicId: string): Promise<boolean> {
    const mine = await this.sessions.forUser(user.id, toIso(this.clock.now()));
    const target = mine.find((s) => s.publicId === publicId);
    if (!target || !(await this.sessions.deleteByPublicId(user.id, publicId))) {
      throw notFound('That session');
    }
    return target.id === hashToken(currentToken);
  }

  /** Ends every session of the user but the one of this request. */
  async endOthers(user: UserRecord, currentToken: string): Promise<void> {
    await this.sessions.deleteOthers(user.id, hashToken(currentToken));
  }
}
