import { GUIDE_PAUSE, GUIDE_TEXT_MAX_LENGTH } from '@recipro/core';
import { Type } from 'typebox';
import { Id, IsoTime, ShowSupport } from './schemas.ts';

/** Schemas of guided repair: each person's answers, alone until everyone has finished. */
const strict = { additionalProperties: false } as const;

const Pause = Type.Enum(GUIDE_PAUSE, {
  description: '"Are you calm enough to talk?": `ready`, or `not_yet`.',
});

/** One written step: any text up to the limit, kept exactly as sent; blank skips the step. */
const StepText = (description: string) =>
  Type.String({ maxLength: GUIDE_TEXT_MAX_LENGTH, description });

const Written = {
  saw: StepText('What happened, as I saw it.'),
  myPart: StepText('My part in it.'),
  needed: StepText('What I needed.'),
  wouldHelp: StepText('What would help now.'),
  agreement: StepText('One small thing I propose we agree on.'),
};

export const GuideAnswersBody = Type.Object(
  { pause: Pause, ...Written },
  {
    ...strict,
    description:
      'All of your answers; they replace the ones you saved before. Allowed until everyone has finished.',
  },
);

export const GuideAgreementBody = Type.Object(
  {
    agreeTo: Type.Array(Id, {
      maxItems: 50,
      description:
        'The members whose proposed agreement you are in on (your own counts by itself); replaces what you said before.',
    }),
  },
  strict,
);

export const RepairGuide = Type.Object({
  ruptureId: Id,
  status: Type.Enum(['open', 'revealed'], {
    description: '`revealed` once everyone in the rupture has finished.',
  }),
  involvedMemberIds: Type.Array(Id, {
    description: 'Who is in it: the members who can say "repaired for me".',
  }),
  finishedBy: Type.Array(Id, { description: 'Those of them who have finished.' }),
  notYet: Type.Boolean({ description: 'Someone in it says "not yet" (never who).' }),
  comeBackAt: Type.Union([IsoTime, Type.Null()], {
    description: 'While someone says "not yet": when the guide suggests coming back.',
  }),
  mine: Type.Union(
    [
      Type.Object({
        pause: Pause,
        ...Written,
        agreesWith: Type.Array(Id),
        updatedAt: IsoTime,
        finishedAt: Type.Union([IsoTime, Type.Null()]),
      }),
      Type.Null(),
    ],
    { description: 'Your own answers, or null before you saved any.' },
  ),
  answers: Type.Optional(
    Type.Array(Type.Object({ memberId: Id, ...Written }), {
      description: 'Everyone’s answers, once everyone has finished; absent before.',
    }),
  ),
  agreements: Type.Optional(
    Type.Array(
      Type.Object({
        proposedBy: Id,
        agreedBy: Type.Array(Id, { description: 'Its author, and those in on it.' }),
        agreed: Type.Boolean({ description: 'Everyone in the rupture is in on it.' }),
      }),
      { description: 'Each written proposal, once revealed.' },
    ),
  ),
  showSupport: Type.Optional(ShowSupport),
});
