import { QUESTION_ANSWER_MAX_LENGTH, QUESTION_DEPTHS, QUESTION_THEMES } from '@recipro/core';
import { Type } from 'typebox';
import { Id, ShowSupport } from './schemas.ts';
import { Next, PageQueryFields } from './schemas-paging.ts';

/** Schemas of a question a day (routes/questions.ts). */
const strict = { additionalProperties: false } as const;

const CalendarDay = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A calendar day, YYYY-MM-DD, in the circle’s time zone.',
});
const QuestionId = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'A question of recipro’s bank (stable).',
});

const About = {
  date: CalendarDay,
  id: {
    ...QuestionId,
    description: 'A question of recipro’s bank (stable): the reader’s language words it by id.',
  },
  theme: Type.Enum(QUESTION_THEMES, { description: 'What the question is about.' }),
  depth: Type.Enum(QUESTION_DEPTHS, { description: 'A light question, or a deeper one.' }),
};

const RevealedAnswer = Type.Object({
  memberId: Id,
  text: Type.String({ description: 'Exactly as its writer wrote it.' }),
});

export const TodayQuestion = Type.Object({
  ...About,
  timeZone: Type.String({
    description:
      'The time zone the circle’s day is counted in: its first ritual’s, else its keeper’s reminder settings’, else UTC.',
  }),
  status: Type.Enum(['open', 'revealed'] as const, {
    description: '`revealed` once everyone asked today has answered.',
  }),
  answeredBy: Type.Array(Id, {
    description: 'Members who have answered, in the order they joined the circle.',
  }),
  waitingFor: Type.Array(Id, { description: 'Members asked today who have not answered yet.' }),
  askedOfMe: Type.Boolean({
    description:
      'False for someone who joined after today’s question was asked: they may answer, but the answers never wait for them.',
  }),
  canSwap: Type.Boolean({
    description: '“Another question” is possible: once a day, before anyone has answered.',
  }),
  swapped: Type.Boolean({ description: 'Today’s question was chosen by “another question”.' }),
  myAnswer: Type.Optional(
    Type.Object({
      text: Type.String(),
      answeredAt: Type.String({ format: 'date-time' }),
    }),
  ),
  answers: Type.Optional(
    Type.Array(RevealedAnswer, {
      description: 'Everyone’s answers: only once revealed, and only to a member who answered.',
    }),
  ),
  showSupport: Type.Optional(ShowSupport),
});

export const AnswerQuestionBody = Type.Object(
  {
    text: Type.String({
      minLength: 1,
      maxLength: QUESTION_ANSWER_MAX_LENGTH,
      pattern: '\\S',
      description: 'Your answer, stored exactly as sent.',
    }),
    questionId: Type.Optional({
      ...QuestionId,
      description:
        'The question you answered, as you saw it; when today’s question is another one by now, nothing is saved (409).',
    }),
  },
  strict,
);

export const SwapQuestionBody = Type.Object(
  { questionId: { ...QuestionId, description: 'Today’s question as you saw it.' } },
  strict,
);

export const PastQuestionsQuery = Type.Object(
  {
    ...PageQueryFields,
  },
  strict,
);

export const PastQuestions = Type.Object({
  days: Type.Array(Type.Object({ ...About, answers: Type.Array(RevealedAnswer) }), {
    description: 'Days whose answers were read together, newest first.',
  }),
  next: Next,
});

export const AnsweredDay = Type.Object({
  date: CalendarDay,
  id: QuestionId,
  myAnswer: Type.String(),
  answers: Type.Optional(Type.Array(RevealedAnswer)),
});
