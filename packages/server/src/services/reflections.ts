import { randomUUID } from 'node:crypto';
import { REFLECTION_PROMPTS } from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import type { ReflectionRecord, ReflectionsRepository } from '../repositories/reflections.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { CirclesService } from './circles.ts';
import { forWriter, type WithSupport } from './support.ts';
import { pageOf, pageSpec, type Page, type PageQuery } from './paging.ts';

/** A reflection is read only by its writer, so it carries support when its text needs it. */
const mine = (r: ReflectionRecord): WithSupport<ReflectionRecord> => forWriter(r, true, r.text);

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
  ): Promise<WithSupport<ReflectionRecord>> {
    const scope = await this.circles.scope(user, circleId);
    if (input.promptId !== undefined && !REFLECTION_PROMPTS.some((p) => p.id === input.promptId)) {
      throw new AppError('validation_failed', 'That reflection prompt does not exist.', {
        details: [{ field: 'promptId' }],
      });
    }
    const written = await this.reflections.create(scope, {
      id: randomUUID(),
      promptId: input.promptId ?? null,
      text: input.text,
      createdAt: toIso(this.clock.now()),
    });
    return mine(written);
  }

  async listMine(user: UserRecord, circleId: string): Promise<WithSupport<ReflectionRecord>[]> {
    return (await this.reflections.listMine(await this.circles.scope(user, circleId))).map(mine);
  }

  /** One page of your reflections, newest first. */
  async pageMine(
    user: UserRecord,
    circleId: string,
    query: PageQuery,
  ): Promise<Page<WithSupport<ReflectionRecord>>> {
    const scope = await this.circles.scope(user, circleId);
    const spec = pageSpec(query);
    const rows = (await this.reflections.listMine(scope, spec)).map(mine);
    return pageOf(rows, spec, (r) => ({ key: r.createdAt, id: r.id }));
  }

  /** Deletes one of your reflections (nobody else can see it, so for anyone else it is 404). */
  async deleteMine(user: UserRecord, circleId: string, id: string): Promise<void> {
    const scope = await this.circles.scope(user, circleId);
    if (!(await this.reflections.deleteMine(scope, id))) throw notFound('That reflection');
  }

  async getMine(
    user: UserRecord,
    circleId: string,
    id: string,
  ): Promise<WithSupport<ReflectionRecord>> {
    const reflection = await this.reflections.findMine(
      await this.circles.scope(user, circleId),
      id,
    );
    if (!reflection) throw notFound('That reflection');
    return mine(reflection);
  }
}
