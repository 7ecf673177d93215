import { jsonBatchParts } from '../../analyze/batch/json-batch.ts';
import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { isObject, objectField, stringField, type JsonObject } from '../../parse/json.ts';
import { multipartParts } from '../../analyze/batch/multipart.ts';
import { scanStringMember } from '../../parse/truncated-json.ts';

/** The error object of an in-stream error is appended at the very end. */
const IN_STREAM_TAIL = 4096;

/**
 * OData (v4 JSON Format §21, v2/v3 verbose and JSON light): `{"error":{"code","message",…}}` or
 * `{"odata.error":…}`, where `message` may be `{"lang","value"}` and `code` may be empty. `target` names
 * the element in error and is never taken for an id. Also recognizes JSON and multipart `$batch` answers,
 * and the in-stream error of §21.2: a 2xx whose JSON was left malformed with an error object appended.
 */
export const odata: Detector = {
  family: 'odata',
  detect({ json, members, text, exchange, inBatch }: DetectInput): Envelope | null {
    if (!inBatch) {
      const parts =
        jsonBatchParts(json, exchange) ??
        (isMultipart(text, json, exchange.mimeType) ? multipartParts(text ?? '', exchange) : null);
      if (parts) return { family: 'odata', code: null, message: null, ids: [], parts };
    }
    if (isObject(json)) {
      if (!members.has('error') && !members.has('odata.error')) return null;
      const outer = objectField(json, 'error') ?? objectField(json, 'odata.error');
      const error = outer?.value;
      const code = error && stringField(error, 'code');
      const message = error && messageOf(error);
      if (code === undefined || message === undefined) return null;
      return { family: 'odata', code, message, ids: [] };
    }
    return json === undefined && text !== null && exchange.status < 300 ? inStreamError(text) : null;
  },
};

function inStreamError(text: string): Envelope | null {
  if (!/^\s*\{/.test(text.slice(0, 64))) return null;
  const tail = text.slice(-IN_STREAM_TAIL);
  const at = tail.lastIndexOf('"error"');
  const code = at === -1 ? undefined : scanStringMember(tail.slice(at), 'code');
  return code === undefined ? null : { family: 'odata', code, message: null, ids: [] };
}

/** Text that parsed as JSON cannot open with a `--` delimiter: only the media type can make it multipart. */
function isMultipart(text: string | null, json: unknown, mimeType: string): boolean {
  if (text === null) return false;
  return /^multipart\//i.test(mimeType) || (json === undefined && /^\s*--/.test(text.slice(0, 64)));
}

/** `message` is a string in v4 and `{"lang","value"}` in v2/v3. */
function messageOf(error: JsonObject): string | undefined {
  const text = stringField(error, 'message');
  if (text !== undefined) return text;
  const localized = objectField(error, 'message');
  return localized && stringField(localized.value, 'value');
}
