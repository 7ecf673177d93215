import { bodyIds } from '../../analyze/body-ids.ts';
import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { arrayField, field, isObject, stringField, type JsonObject } from '../../parse/json.ts';

/** Members a JSON:API error object may have; `message` is not one, which tells it from GraphQL. */
const MEMBERS = new Set(['id', 'links', 'status', 'code', 'title', 'detail', 'source', 'meta']);

/**
 * JSON:API: `{"errors":[{"id","status","code","title","detail","source","meta"}]}` with `status` and
 * `code` as strings. Recognized by its media type, or by error objects made only of those members.
 */
export const jsonapi: Detector = {
  family: 'jsonapi',
  members: ['errors'],
  detect({ json, exchange }: DetectInput): Envelope | null {
    if (!isObject(json) || Object.hasOwn(json, 'data')) return null;
    const errors = arrayField(json, 'errors');
    const first = errors?.[0];
    if (!isObject(first)) return null;
    const typed = /vnd\.api\+json/i.test(exchange.mimeType);
    if (!typed && (exchange.status < 400 || !errors?.every(isJsonApiError))) return null;
    return {
      family: 'jsonapi',
      code: stringField(first, 'code') ?? null,
      message: stringField(first, 'detail') ?? stringField(first, 'title') ?? null,
      ids: bodyIds(first, `${field(json, 'errors')?.key ?? 'errors'}[0]`, ['id']),
    };
  },
};

function isJsonApiError(error: unknown): boolean {
  if (!isObject(error)) return false;
  const keys = Object.keys(error);
  return keys.length > 0 && keys.every((key) => MEMBERS.has(key)) && hasText(error);
}

function hasText(error: JsonObject): boolean {
  return ['title', 'detail', 'code'].some((name) => stringField(error, name) !== undefined);
}
