import { MAX_PARTS } from '../../analyze/batch/json-batch.ts';
import type { BatchPart, Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import type { Exchange } from '../../../model/exchange.ts';
import { arrayField, field, firstObject, isObject, stringField } from '../../parse/json.ts';

/**
 * Salesforce REST: a top-level array `[{"message","errorCode","fields"}]`. Composite and collection
 * requests answer 200 with one `{"success":false,"errors":[{"statusCode","message"}]}` per failed record,
 * handed back as batch parts.
 */
export const salesforce: Detector = {
  family: 'salesforce',
  members: ['success'],
  detect({ json, exchange, inBatch }: DetectInput): Envelope | null {
    if (Array.isArray(json)) {
      if (!inBatch && isCollection(json))
        return { family: 'salesforce', code: null, message: null, ids: [], parts: partsOf(json, exchange) };
      const first = firstObject(json);
      const code = first && stringField(first, 'errorCode');
      if (!first || code === undefined) return null;
      return { family: 'salesforce', code, message: stringField(first, 'message') ?? null, ids: [] };
    }
    if (!isObject(json) || field(json, 'success')?.value !== false) return null;
    const error = firstObject(arrayField(json, 'errors'));
    const code = error && (stringField(error, 'statusCode') ?? stringField(error, 'errorCode'));
    if (!error || code === undefined) return null;
    return { family: 'salesforce', code, message: stringField(error, 'message') ?? null, ids: [] };
  },
};

function isCollection(items: unknown[]): boolean {
  return (
    items.length > 0 &&
    items.length <= MAX_PARTS &&
    items.every(
      (item) =>
        isObject(item) && typeof field(item, 'success')?.value === 'boolean' && arrayField(item, 'errors'),
    )
  );
}

function partsOf(items: unknown[], exchange: Exchange): BatchPart[] {
  return items.map((item, index) => ({
    ref: `[${index}]`,
    method: exchange.method,
    url: exchange.url,
    status: exchange.status,
    headers: [],
    text: null,
    json: item,
  }));
}
