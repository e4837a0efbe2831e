import {
  agreementsOf,
  comeBackAt,
  finishProblem,
  guideStatus,
  isWritten,
  othersConcerned,
  type Agreement,
  type FinishProblem,
  type GuideAnswers,
  type GuideStatus,
} from '@recipro/core';
import { fromIso, toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import type { MemberScope } from '../repositories/membership.ts';
import type { GuideAnswerRecord, RepairGuidesRepository } from '../repositories/repair-guides.ts';
import type { RuptureRecord, RupturesRepository } from '../repositories/ruptures.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { CirclesService } from './circles.ts';
import { forWriter } from './support.ts';
import type { UpdatesService } from './updates.ts';

type Written = Omit<GuideAnswers, 'pause'>;

/** The guided repair of one rupture, as one member involved in it reads it. */
export interface GuideView {
  readonly ruptureId: string;
  readonly status: GuideStatus;
  /** Who is in it: the members who can say "repaired for me". */
  readonly involvedMemberIds: string[];
  /** Those of them who have finished, in the same order. */
  readonly finishedBy: string[];
  /** Whether someone in it says "not yet" (never who). */
  readonly notYet: boolean;
  /** When the guide suggests coming back, while someone says "not yet"; else null. */
  readonly comeBackAt: string | null;
  /** The reader's own answers, or null before they saved any. */
  readonly mine:
    | (GuideAnswers & {
        readonly agreesWith: string[];
        readonly updatedAt: string;
        readonly finishedAt: string | null;
      })
    | null;
  /** Everyone's answers, once everyone involved has finished. */
  readonly answers?: (Written & { readonly memberId: string })[];
  /** The proposed agreements and who is in on each, once revealed. */
  readonly agreements?: Agreement[];
  /** Only for the reader, when their own words need support (core `needsSupport`). */
  readonly showSupport?: true;
}

const written = (a: GuideAnswers): Written => ({
  saw: a.saw,
  myPart: a.myPart,
  needed: a.needed,
  wouldHelp: a.wouldHelp,
  agreement: a.agreement,
});

const PROBLEM_WORDS: Record<FinishProblem, string> = {
  not_ready: 'Finishing waits until you say you are ready to talk.',
  nothing_written: 'Write something in at least one step before finishing.',
};

/**
 * Guided repair: on a rupture, each member it involves answers a few steps alone; nobody reads
 * anyone else's answers until everyone involved has finished (then all of them read all of
 * them). Own answers can be changed until then. Who is told what is in `finish`.
 */
export class RepairGuidesService {
  constructor(
    private readonly guides: RepairGuidesRepository,
    private readonly ruptures: RupturesRepository,
    private readonly circles: CirclesService,
    private readonly updates: UpdatesService,
    private readonly clock: Clock,
  ) {}

  async get(user: UserRecord, circleId: string, ruptureId: string): Promise<GuideView> {
    const { scope, rupture } = await this.open(user, circleId, ruptureId);
    return this.view(scope, rupture);
  }

  /** Replaces the caller's own answers with these, exactly as sent, until the reveal. */
  async save(
    user: UserRecord,
    circleId: string,
    ruptureId: string,
    answers: GuideAnswers,
  ): Promise<GuideView> {
    const { scope, rupture } = await this.open(user, circleId, ruptureId);
    const outcome = await this.guides.save(
      scope,
      ruptureId,
      rupture.involvedMemberIds,
      answers,
      toIso(this.clock.now()),
      finishProblem,
    );
    if (outcome.kind === 'revealed') {
      throw new AppError('conflict', 'Everyone has finished; the answers no longer change.');
    }
    if (outcome.kind === 'problem') {
      throw new AppError(
        'validation_failed',
        `You have finished. ${PROBLEM_WORDS[outcome.problem]}`,
        {
          details: [{ field: outcome.problem === 'not_ready' ? 'pause' : 'answers' }],
        },
      );
    }
    return this.view(scope, rupture);
  }

  /**
   * The caller is done. When others involved have not finished, they hear that it waits for
   * them (once while unread); when this was the last, everyone else hears it is ready to read.
   */
  async finish(user: UserRecord, circleId: string, ruptureId: string): Promise<GuideView> {
    const { scope, rupture } = await this.open(user, circleId, ruptureId);
    const involved = rupture.involvedMemberIds;
    const outcome = await this.guides.finish(
      scope,
      ruptureId,
      involved,
      toIso(this.clock.now()),
      finishProblem,
    );
    switch (outcome.kind) {
      case 'revealed':
        throw new AppError('conflict', 'Everyone has already finished.');
      case 'already':
        throw new AppError('conflict', 'You have already finished.');
      case 'no_answers':
        throw new AppError('conflict', 'Save your answers before finishing.');
      case 'problem':
        throw new AppError('conflict', PROBLEM_WORDS[outcome.problem], {
          details: [{ reason: outcome.problem }],
        });
      case 'finished':
        break;
    }
    const happening = { circleId, actorMemberId: scope.memberId, subjectId: ruptureId };
    if (outcome.everyone) {
      await this.updates.tellMembers(
        { kind: 'repair_guide_revealed', ...happening },
        othersConcerned(involved, scope.memberId),
      );
    } else {
      const progress = await this.guides.progress(scope, ruptureId);
      const finished = new Set(
        progress.filter((p) => p.finishedAt !== null).map((p) => p.memberId),
      );
      await this.updates.tellMembers(
        { kind: 'repair_guide_waiting', ...happening },
        involved.filter((id) => !finished.has(id)),
        { unlessUnread: true },
      );
    }
    return this.view(scope, rupture);
  }

  /**
   * After the reveal: the proposed agreements the caller is in on (replacing what they said
   * before). Each must be someone else's written proposal in this guide; their own counts by
   * itself.
   */
  async agree(
    user: UserRecord,
    circleId: string,
    ruptureId: string,
    agreeTo: readonly string[],
  ): Promise<GuideView> {
    const { scope, rupture } = await this.open(user, circleId, ruptureId);
    const before = await this.view(scope, rupture);
    if (before.status !== 'revealed') {
      throw new AppError('conflict', 'Agreeing waits until everyone has finished.');
    }
    const proposals = new Set(
      (before.answers ?? [])
        .filter((a) => a.memberId !== scope.memberId && isWritten(a.agreement))
        .map((a) => a.memberId),
    );
    const unknown = agreeTo.filter((id) => !proposals.has(id));
    if (unknown.length > 0 || new Set(agreeTo).size !== agreeTo.length) {
      throw new AppError(
        'validation_failed',
        'Each must be, once, someone else’s proposal in this guide.',
        { details: unknown.map((id) => ({ field: 'agreeTo', message: `no proposal by ${id}` })) },
      );
    }
    if (!(await this.guides.agree(scope, ruptureId, agreeTo, toIso(this.clock.now())))) {
      throw new AppError('conflict', 'You have no answers in this guide.');
    }
    return this.view(scope, rupture);
  }

  /**
   * Every guide of the circle the caller has answered, newest rupture first, as they read each
   * one (for their export: their own words, and everyone's where revealed).
   */
  async listAnswered(user: UserRecord, circleId: string): Promise<GuideView[]> {
    const scope = await this.circles.scope(user, circleId);
    const views: GuideView[] = [];
    for (const rupture of await this.ruptures.list(scope)) {
      if (!rupture.involvedMemberIds.includes(scope.memberId)) continue;
      const view = await this.view(scope, rupture);
      if (view.mine !== null) views.push(view);
    }
    return views;
  }

  /** The caller's scope and the rupture, when they are involved in it; 404 otherwise. */
  private async open(
    user: UserRecord,
    circleId: string,
    ruptureId: string,
  ): Promise<{ scope: MemberScope; rupture: RuptureRecord }> {
    const scope = await this.circles.scope(user, circleId);
    const rupture = await this.ruptures.find(scope, ruptureId);
    if (!rupture || !rupture.involvedMemberIds.includes(scope.memberId)) {
      throw notFound('That rupture');
    }
    return { scope, rupture };
  }

  private async view(scope: MemberScope, rupture: RuptureRecord): Promise<GuideView> {
    const involved = rupture.involvedMemberIds;
    const [progress, mine] = await Promise.all([
      this.guides.progress(scope, rupture.id),
      this.guides.mine(scope, rupture.id),
    ]);
    const inIt = progress.filter((p) => involved.includes(p.memberId));
    const finishedBy = involved.filter((id) =>
      inIt.some((p) => p.memberId === id && p.finishedAt !== null),
    );
    const status = guideStatus(involved, finishedBy);
    const back = comeBackAt(
      inIt.map((p) => ({
        pause: p.pause,
        notYetAt: p.notYetAt === null ? null : fromIso(p.notYetAt),
      })),
    );
    const view: GuideView = forWriter(
      {
        ruptureId: rupture.id,
        status,
        involvedMemberIds: involved,
        finishedBy,
        notYet: inIt.some((p) => p.pause === 'not_yet'),
        comeBackAt: back === null ? null : toIso(back),
        mine: mine ? ownView(mine) : null,
      },
      mine !== undefined,
      ...(mine ? Object.values(written(mine.answers)) : []),
    );
    if (status !== 'revealed') return view;
    const all = (await this.guides.answersForReveal(scope, rupture.id)).filter((a) =>
      involved.includes(a.memberId),
    );
    const ordered = involved.flatMap((id) => all.filter((a) => a.memberId === id));
    return {
      ...view,
      answers: ordered.map((a) => ({ memberId: a.memberId, ...written(a.answers) })),
      agreements: agreementsOf(
        involved,
        ordered.map((a) => ({
          memberId: a.memberId,
          agreement: a.answers.agreement,
          agreesWith: a.agreesWith,
        })),
      ),
    };
  }
}

const ownView = (mine: GuideAnswerRecord): NonNullable<GuideView['mine']> => ({
  ...mine.answers,
  agreesWith: mine.agreesWith,
  updatedAt: mine.updatedAt,
  finishedAt: mine.finishedAt,
});
