import { bodyIds } from '../../analyze/body-ids.ts';
import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import type { CorrelationId } from '../../../model/finding.ts';
import {
  arrayField,
  field,
  firstObject,
  isObject,
  objectField,
  stringField,
  type JsonObject,
} from '../../parse/json.ts';

/** Members of a spec error besides `message`; one of them, or a `data` key, tells GraphQL from other `errors` arrays. */
const ERROR_MEMBERS = ['locations', 'path', 'extensions'];
const MAX_ERRORS = 100;

/**
 * GraphQL (spec §7): `errors[]` with `message`, `path`, `extensions.code`. Without `data` it is a request
 * error, with `data` null an execution failure, with other data a partial success. With no `errors` at all,
 * a non-empty `userErrors` under a mutation (Shopify) is a domain failure of an otherwise successful call.
 */
export const graphql: Detector = {
  family: 'graphql',
  members: ['errors', 'data'],
  detect({ json, exchange }: DetectInput): Envelope | null {
    if (!isObject(json)) return null;
    const errors = arrayField(json, 'errors');
    const data = field(json, 'data');
    const first = firstObject(errors);
    if (first && stringField(first, 'message') !== undefined) {
      const shaped = data !== undefined || ERROR_MEMBERS.some((name) => field(first, name) !== undefined);
      if (!shaped && !/graphql/i.test(exchange.url + exchange.mimeType)) return null;
      return {
        family: 'graphql',
        code: codeOf(first) ?? null,
        message: stringField(first, 'message') ?? null,
        ids: requestIds(errors ?? []),
        ...(hasData(data?.value) ? { partial: true } : {}),
      };
    }
    if (errors !== undefined || !isObject(data?.value)) return null;
    const userError = firstUserError(data.value);
    if (!userError) return null;
    const code = stringField(userError, 'code') ?? null;
    return { family: 'graphql', code, message: stringField(userError, 'message') ?? null, ids: [] };
  },
};

function codeOf(error: JsonObject): string | undefined {
  const extensions = objectField(error, 'extensions');
  return (extensions && stringField(extensions.value, 'code')) ?? stringField(error, 'code');
}

/** Partial success: data beside the errors with at least one field that did not null out. */
function hasData(data: unknown): boolean {
  return isObject(data) && Object.values(data).some((value) => value !== null);
}

/** Vendors put a request id in `extensions` (Shopify `requestId`). */
function requestIds(errors: unknown[]): CorrelationId[] {
  return errors.slice(0, MAX_ERRORS).flatMap((error, index) => {
    const extensions = isObject(error) ? objectField(error, 'extensions') : undefined;
    return extensions ? bodyIds(extensions.value, `errors[${index}].${extensions.key}`, ['requestId']) : [];
  });
}

/** `data.<mutation>.userErrors[0]`: one level down, as every Shopify mutation payload has it. */
function firstUserError(data: JsonObject): JsonObject | undefined {
  for (const payload of Object.values(data)) {
    const userError = isObject(payload) ? firstObject(arrayField(payload, 'userErrors')) : undefined;
    if (userError) return userError;
  }
  return undefined;
}
