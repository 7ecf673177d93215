import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { arrayField, field, isObject, objectField, stringField } from '../../parse/json.ts';

/**
 * Slack Web API: every answer has a boolean `ok`, and failures come under HTTP 200 as
 * `{"ok":false,"error":"<code>"}`. `ok:true` with a `warning` is a success.
 */
export const slack: Detector = {
  family: 'slack',
  detect({ json, members }: DetectInput): Envelope | null {
    if (!members.has('ok') || !isObject(json) || field(json, 'ok')?.value !== false) return null;
    const code = stringField(json, 'error');
    if (code === undefined) return null;
    const metadata = objectField(json, 'response_metadata');
    const first = metadata && arrayField(metadata.value, 'messages')?.[0];
    return { family: 'slack', code, message: typeof first === 'string' ? first : null, ids: [] };
  },
};
