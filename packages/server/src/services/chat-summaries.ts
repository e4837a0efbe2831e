import { randomUUID } from 'node:crypto';
import { toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import type { ChatSummariesRepository, ChatSummaryRecord } from '../repositories/chat-summaries.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { CirclesService } from './circles.ts';
import { pageOf, pageSpec, type Page, type PageQuery } from './paging.ts';

/**
 * Summary numbers of chats members analysed on their own devices. The route's schema admits
 * only numbers and participant names; this service stores what passed it, for the circle.
 */
export class ChatSummariesService<S> {
  constructor(
    private readonly summaries: ChatSummariesRepository,
    private readonly circles: CirclesService,
    private readonly clock: Clock,
  ) {}

  async save(user: UserRecord, circleId: string, summary: S): Promise<ChatSummaryRecord<S>> {
    const scope = await this.circles.scope(user, circleId);
    return this.summaries.create(scope, {
      id: randomUUID(),
      summary,
      createdAt: toIso(this.clock.now()),
    });
  }

  /** Deletes a summary you saved; 403 for one someone else saved. */
  async deleteMine(user: UserRecord, circleId: string, summaryId: string): Promise<void> {
    const scope = await this.circles.scope(user, circleId);
    const savedBy = await this.summaries.savedBy(scope, summaryId);
    if (savedBy === undefined) throw notFound('That chat summary');
    if (savedBy !== scope.memberId || !(await this.summaries.deleteMine(scope, summaryId))) {
      throw new AppError('forbidden', 'Only the person who saved this summary can delete it.');
    }
  }

  async list(user: UserRecord, circleId: string): Promise<ChatSummaryRecord<S>[]> {
    return this.summaries.list<S>(await this.circles.scope(user, circleId));
  }

  /** One page of the circle's chat summaries, newest first. */
  async page(
    user: UserRecord,
    circleId: string,
    query: PageQuery,
  ): Promise<Page<ChatSummaryRecord<S>>> {
    const spec = pageSpec(query);
    const rows = await this.summaries.list<S>(await this.circles.scope(user, circleId), spec);
    return pageOf(rows, spec, (s) => ({ key: s.createdAt, id: s.id }));
  }
}
