import type { BatchPart } from '../detector.ts';
import type { Exchange, Header } from '../../../model/exchange.ts';
import { arrayField, codeOf, field, isObject, parseJson, stringField } from '../../parse/json.ts';

/** OData allows 100 requests per batch and Graph 20; far more means this is not a batch answer. */
export const MAX_PARTS = 1000;
const MAX_REQUEST_BODY = 256 * 1024;

/**
 * The sub-responses of a JSON batch (OData JSON Format §19.6, Graph `$batch`):
 * `{"responses":[{"id","status","headers","body"}]}`. Null when the body is not one.
 */
export function jsonBatchParts(json: unknown, exchange: Exchange): BatchPart[] | null {
  if (!isObject(json) || !Object.hasOwn(json, 'responses')) return null;
  const responses = json['responses'];
  if (!Array.isArray(responses) || responses.length === 0 || responses.length > MAX_PARTS) return null;
  const requests = requestsById(exchange);
  const root = requests.size > 0 ? serviceRoot(exchange.url) : null;
  const parts: BatchPart[] = [];
  for (const [index, response] of responses.entries()) {
    if (!isObject(response)) return null;
    const status = Number(field(response, 'status')?.value);
    if (!Number.isInteger(status)) return null;
    const id = codeOf(field(response, 'id')?.value);
    const request = id === undefined ? undefined : requests.get(id);
    const body = field(response, 'body')?.value;
    parts.push({
      ref: id === undefined ? `responses[${index}]` : `responses[id=${id}]`,
      method: request?.method.toUpperCase() ?? exchange.method,
      url: request ? resolveUrl(request.url, root) : exchange.url,
      status,
      headers: headersOf(field(response, 'headers')?.value),
      text: typeof body === 'string' ? body : null,
      json: typeof body === 'string' ? parseJson(body) : body,
    });
  }
  return parts;
}

function headersOf(value: unknown): Header[] {
  if (!isObject(value)) return [];
  return Object.keys(value).flatMap((name) => {
    const headerValue = codeOf(value[name]);
    return headerValue === undefined ? [] : [{ name, value: headerValue }];
  });
}

/** The batch request names each sub-request's method and URL; the response only repeats its id. */
function requestsById(exchange: Exchange): Map<string, { method: string; url: string }> {
  const map = new Map<string, { method: string; url: string }>();
  const body = exchange.requestBody;
  if (body === null || body.length > MAX_REQUEST_BODY || !body.trimStart().startsWith('{')) return map;
  const parsed = parseJson(body);
  const requests = isObject(parsed) ? arrayField(parsed, 'requests') : undefined;
  for (const request of (requests ?? []).slice(0, MAX_PARTS)) {
    if (!isObject(request)) continue;
    const id = codeOf(field(request, 'id')?.value);
    const url = stringField(request, 'url');
    if (id !== undefined && url !== undefined && !map.has(id)) {
      map.set(id, { method: stringField(request, 'method') ?? 'GET', url });
    }
  }
  return map;
}

/** Sub-request URLs are relative to the service root: the batch URL without its `$batch` segment. */
function serviceRoot(batchUrl: string): URL | null {
  try {
    return new URL(batchUrl.replace(/\/\$batch(?:[?#].*)?$/, '') + '/');
  } catch {
    return null;
  }
}

function resolveUrl(url: string, base: URL | null): string {
  if (base === null) return url;
  try {
    // Graph writes `/me` for `<root>/me`; OData writes `/service/X` (from the host) or `X` (from the root).
    const path = url.startsWith('/') && !url.startsWith(base.pathname) ? base.pathname + url.slice(1) : url;
    return new URL(path, base).toString();
  } catch {
    return url;
  }
}
