import { randomUUID } from 'node:crypto';
import { toIso, type Clock } from '../clock.ts';
import type { ChatSummariesRepository, ChatSummaryRecord } from '../repositories/chat-summaries.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { CirclesService } from './circles.ts';

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

  async list(user: UserRecord, circleId: string): Promise<ChatSummaryRecord<S>[]> {
    return this.summaries.list<S>(await this.circles.scope(user, circleId));
  }
}
