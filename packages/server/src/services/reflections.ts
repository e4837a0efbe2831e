import { randomUUID } from 'node:crypto';
import { REFLECTION_PROMPTS } from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import type { ReflectionRecord, ReflectionsRepository } from '../repositories/reflections.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { CirclesService } from './circles.ts';

/** Private reflection (the R of RECIPRO): readable by its author only, by construction. */
export class ReflectionsService {
  constructor(
    private readonly reflections: ReflectionsRepository,
    private readonly circles: CirclesService,
    private readonly clock: Clock,
  ) {}

  async write(
    user: UserRecord,
    circleId: string,
    input: { text: string; promptId?: string },
  ): Promise<ReflectionRecord> {
    const scope = await this.circles.scope(user, circleId);
    if (input.promptId !== undefined && !REFLECTION_PROMPTS.some((p) => p.id === input.promptId)) {
      throw new AppError('validation_failed', 'That reflection prompt does not exist.', {
        details: [{ field: 'promptId' }],
      });
    }
    return this.reflections.create(scope, {
      id: randomUUID(),
      promptId: input.promptId ?? null,
      text: input.text,
      createdAt: toIso(this.clock.now()),
    });
  }

  async listMine(user: UserRecord, circleId: string): Promise<ReflectionRecord[]> {
    return this.reflections.listMine(await this.circles.scope(user, circleId));
  }

  /** Deletes one of your reflections (nobody else can see it, so for anyone else it is 404). */
  async deleteMine(user: UserRecord, circleId: string, id: string): Promise<void> {
    const scope = await this.circles.scope(user, circleId);
    if (!(await this.reflections.deleteMine(scope, id))) throw notFound('That reflection');
  }

  async getMine(user: UserRecord, circleId: string, id: string): Promise<ReflectionRecord> {
    const reflection = await this.reflections.findMine(
      await this.circles.scope(user, circleId),
      id,
    );
    if (!reflection) throw notFound('That reflection');
    return reflection;
  }
}
