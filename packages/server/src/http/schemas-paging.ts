import { Type } from 'typebox';

const strict = { additionalProperties: false } as const;

/**
 * Every list that can grow is read a page at a time with a cursor: `?limit=&before=`, each page
 * carrying `next`. A cursor is an opaque string (base64url of the last shown row's sort key and
 * id); it stays valid when rows are added or removed, and names no circle.
 */
export const Cursor = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '^[A-Za-z0-9_-]+$',
  description:
    'An opaque cursor: the `next` of the page before. A value this server did not make is refused (400).',
});

export const PageQueryFields = {
  before: Type.Optional(Cursor),
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 100,
      default: 30,
      description: 'How many items a page holds (30 unless asked, at most 100).',
    }),
  ),
};

export const PageQuery = Type.Object(PageQueryFields, strict);

export const Next = Type.Union([Cursor, Type.Null()], {
  description: 'Pass as `before` for the following page; null when this page is the last.',
});
