import { jsonBatchParts } from '../../analyze/batch/json-batch.ts';
import { bodyIds } from '../../analyze/body-ids.ts';
import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import type { CorrelationId } from '../../../model/finding.ts';
import { onDomain } from '../../parse/host.ts';
import { isObject, objectField, stringField, type JsonObject } from '../../parse/json.ts';

const GRAPH_HOSTS = [
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'microsoftgraph.chinacloudapi.cn',
];
const INNER_IDS = ['request-id', 'client-request-id', 'date'];
/** The innerError chain can be arbitrarily deep (a corpus case has 400 levels); ids sit in the first few. */
const MAX_INNER = 8;

/**
 * Microsoft Graph: the OData v4 envelope plus `innerError` with `request-id`, `client-request-id` and
 * `date`, which Graph support asks for. Recognized on a Graph host, or elsewhere by that innerError.
 * A `$batch` answer on a Graph host is handed back as parts.
 */
export const graph: Detector = {
  family: 'graph',
  members: ['error', 'responses'],
  detect({ json, host, exchange, inBatch }: DetectInput): Envelope | null {
    const onHost = onDomain(host, GRAPH_HOSTS);
    if (onHost && !inBatch) {
      const parts = jsonBatchParts(json, exchange);
      if (parts) return { family: 'graph', code: null, message: null, ids: [], parts };
    }
    if (!isObject(json)) return null;
    const outer = objectField(json, 'error');
    if (!outer) return null;
    const ids = innerErrorIds(outer.key, outer.value);
    if (!onHost && ids.length === 0) return null;
    const code = stringField(outer.value, 'code') ?? null;
    return { family: 'graph', code, message: stringField(outer.value, 'message') ?? null, ids };
  },
};

/** Follows the innerError chain iteratively, never deeper than MAX_INNER levels. */
function innerErrorIds(path: string, error: JsonObject): CorrelationId[] {
  const ids: CorrelationId[] = [];
  let current = error;
  let currentPath = path;
  for (let depth = 0; depth < MAX_INNER; depth++) {
    const inner = objectField(current, 'innerError');
    if (!inner) break;
    currentPath = `${currentPath}.${inner.key}`;
    current = inner.value;
    ids.push(...bodyIds(current, currentPath, INNER_IDS));
  }
  return ids;
}
