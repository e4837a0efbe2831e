/**
 * Compiled request validators and response serializers, kept for the life of the process and
 * found again by their schema's content. Compiling is most of what building the app costs (about
 * 0.9 s of a start's 1.1 s of CPU for recipro's routes); a deployment builds it once per process, but the
 * API tests build hundreds of apps in one process, each with the same schemas. What is compiled
 * depends only on the schema, the shared schemas and fixed options, so a schema compiled for one
 * app serves every other alike. Bounded by the number of distinct schemas recipro has.
 */
import SerializerSelector from '@fastify/fast-json-stringify-compiler';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const options = {
  removeAdditional: false,
  useDefaults: true,
  allErrors: true,
  strict: false,
} as const;

/** Bodies are taken as typed (no coercion); query strings and paths are coerced from text. */
let validators: { readonly bodies: Ajv; readonly params: Ajv } | undefined;
const validated = new Map<string, ValidateFunction>();

/** The validator of `schema` for that part of a request, compiled once per process. */
export function compiledValidator(schema: unknown, httpPart: string | undefined): ValidateFunction {
  validators ??= {
    bodies: addFormats(new Ajv({ ...options, coerceTypes: false })),
    params: addFormats(new Ajv({ ...options, coerceTypes: true })),
  };
  const body = httpPart === 'body';
  const key = `${body ? 'body' : 'text'}\n${JSON.stringify(schema)}`;
  let validate = validated.get(key);
  if (!validate) {
    validate = (body ? validators.bodies : validators.params).compile(schema as object);
    validated.set(key, validate);
  }
  return validate;
}

type SerializerFactory = ReturnType<typeof SerializerSelector>;
const fastifyDefault: SerializerFactory = SerializerSelector();
const serializers = new Map<string, ReturnType<ReturnType<SerializerFactory>>>();

/**
 * Fastify's own serializer factory (fast-json-stringify, as Fastify would set it up), with what
 * it compiles kept by the shared schemas, options and route schema it was compiled from.
 */
export const buildSerializer: SerializerFactory = (externalSchemas, serializerOptions) => {
  const compile = fastifyDefault(externalSchemas, serializerOptions);
  const shared = JSON.stringify([externalSchemas, serializerOptions]);
  return (route) => {
    const key = `${shared}\n${JSON.stringify(route.schema)}`;
    let serialize = serializers.get(key);
    if (!serialize) {
      serialize = compile(route);
      serializers.set(key, serialize);
    }
    return serialize;
  };
};
