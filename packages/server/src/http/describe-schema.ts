import { Type, type TObject, type TSchema } from 'typebox';

/**
 * What a field means: a sentence, or a sentence and the meaning of each field of the object it
 * holds (directly, as the items of an array, or as one side of a union such as "object or null").
 */
export type FieldDescription = string | readonly [string, FieldDescriptions];
export interface FieldDescriptions {
  readonly [field: string]: FieldDescription;
}

/**
 * A copy of an object schema with a description on every field, at every depth, and no room
 * for a field it does not name (`additionalProperties: false`). Throws when a field has no
 * description or a description names no field, so a field added to an API schema cannot reach
 * a document built from it undescribed. The schema given is not changed.
 */
export function describeObject(
  schema: TSchema,
  descriptions: FieldDescriptions,
  where = '',
): TObject {
  const described = describeFields(schema, descriptions, where);
  const unknown = Object.keys(descriptions).filter((field) => !(field in described.properties));
  if (unknown.length > 0)
    throw new Error(`${where || 'the schema'}: no field ${unknown.join(', ')}`);
  return described;
}

/** Describes the fields of one object; descriptions of fields it lacks are left to the caller. */
function describeFields(schema: TSchema, descriptions: FieldDescriptions, where: string): TObject {
  if (!Type.IsObject(schema)) throw new Error(`${where || 'the schema'} is not an object`);
  const properties: Record<string, TSchema> = {};
  for (const [field, property] of Object.entries(schema.properties as Record<string, TSchema>)) {
    const path = where === '' ? field : `${where}.${field}`;
    const description = descriptions[field];
    if (description === undefined) throw new Error(`${path} has no description`);
    const [text, inner] = typeof description === 'string' ? [description, null] : description;
    const shaped = inner === null ? property : describeInside(property, inner, path);
    properties[field] = Type.With(shaped, { description: text });
  }
  return Type.Object(properties, { additionalProperties: false });
}

/** Describes the object a field holds, keeping the field optional when it was. */
function describeInside(property: TSchema, inner: FieldDescriptions, path: string): TSchema {
  const objects: TObject[] = [];
  const rebuilt = rebuild(property, (object) => {
    const described = describeFields(object, inner, path);
    objects.push(described);
    return described;
  });
  if (objects.length === 0) throw new Error(`${path} holds no object to describe`);
  const unknown = Object.keys(inner).filter((f) => !objects.some((o) => f in o.properties));
  if (unknown.length > 0) throw new Error(`${path}: no field ${unknown.join(', ')}`);
  return Type.IsOptional(property) ? Type.Optional(rebuilt) : rebuilt;
}

/** The schema with each object it holds (itself, array items, union members) replaced. */
function rebuild(schema: TSchema, replace: (object: TObject) => TObject): TSchema {
  if (Type.IsObject(schema)) return replace(schema);
  if (Type.IsArray(schema)) {
    const {
      items,
      type: _array,
      ...options
    } = schema as TSchema & { items: TSchema; type: unknown };
    return Type.Array(rebuild(items, replace), options);
  }
  if (Type.IsUnion(schema)) {
    const { anyOf, ...options } = schema as TSchema & { anyOf: TSchema[] };
    return Type.Union(
      anyOf.map((member) => rebuild(member, replace)),
      options,
    );
  }
  return schema;
}
