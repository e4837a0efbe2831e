import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { describeObject } from './describe-schema.ts';

const Thing = Type.Object({
  id: Type.String(),
  owner: Type.Union([Type.Object({ name: Type.String() }), Type.Null()]),
  tags: Type.Optional(Type.Array(Type.Object({ label: Type.String() }))),
});

describe('describeObject', () => {
  it('describes every field at every depth and closes every object', () => {
    const described = describeObject(Thing, {
      id: 'The id.',
      owner: ['Who owns it.', { name: 'Their name.' }],
      tags: ['Its tags.', { label: 'The label.' }],
    });
    expect(JSON.parse(JSON.stringify(described))).toEqual({
      type: 'object',
      additionalProperties: false,
      required: ['id', 'owner'],
      properties: {
        id: { type: 'string', description: 'The id.' },
        owner: {
          description: 'Who owns it.',
          anyOf: [
            {
              type: 'object',
              additionalProperties: false,
              required: ['name'],
              properties: { name: { type: 'string', description: 'Their name.' } },
            },
            { type: 'null' },
          ],
        },
        tags: {
          description: 'Its tags.',
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['label'],
            properties: { label: { type: 'string', description: 'The label.' } },
          },
        },
      },
    });
  });

  it('leaves the schema it was given as it was', () => {
    const before = JSON.stringify(Thing);
    describeObject(Thing, {
      id: 'The id.',
      owner: ['Who owns it.', { name: 'Their name.' }],
      tags: ['Its tags.', { label: 'The label.' }],
    });
    expect(JSON.stringify(Thing)).toBe(before);
  });

  it('refuses a field without a description, at any depth', () => {
    expect(() =>
      describeObject(Thing, { id: 'The id.', tags: ['Its tags.', { label: 'The label.' }] }),
    ).toThrow('owner has no description');
    expect(() =>
      describeObject(Thing, {
        id: 'The id.',
        owner: ['Who owns it.', {}],
        tags: ['Its tags.', { label: 'The label.' }],
      }),
    ).toThrow('owner.name has no description');
  });

  it('refuses a description of a field the schema does not have', () => {
    expect(() =>
      describeObject(Thing, {
        id: 'The id.',
        owner: ['Who owns it.', { name: 'Their name.', age: 'Their age.' }],
        tags: ['Its tags.', { label: 'The label.' }],
        colour: 'Its colour.',
      }),
    ).toThrow(/no field/);
    expect(() =>
      describeObject(Thing, { id: ['The id.', { x: 'y' }], owner: 'o', tags: 't' }),
    ).toThrow('id holds no object to describe');
  });
});
