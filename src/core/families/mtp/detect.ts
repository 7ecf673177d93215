import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { field, isObject, stringField, type JsonObject } from '../../parse/json.ts';
import pack from './pack.json' with { type: 'json' };

const MTP_HOST =
  /^(api\.security\.microsoft\.com|api(-[a-z0-9]+)?\.securitycenter\.microsoft\.com|api(-[a-z0-9]+)?\.securitycenter\.windows\.com)$/;
const SHAPE_MEMBERS = new Set(['code', 'message', 'target']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The codes Defender documents, plus TooManyRequests: the ones its catalog explains, written once there. */
const MTP_CODES: ReadonlySet<string> = new Set(Object.keys(pack.codes.mtp));

/**
 * `{"error":{"code","message","target"}}` where `target` is the tracking id to quote to support.
 * Elsewhere in OData-style APIs `target` names the element in error, so it is taken as an id only on a
 * Defender API host, or (for proxies and local mocks of that API) when the envelope has exactly the
 * Defender shape: a documented code and a GUID target, nothing else.
 */
export const mtp: Detector = {
  family: 'mtp',
  members: ['error'],
  detect({ json, host }: DetectInput): Envelope | null {
    if (!isObject(json)) return null;
    const outer = field(json, 'error');
    if (!outer || !isObject(outer.value)) return null;
    const error = outer.value;
    const code = stringField(error, 'code');
    if (code === undefined) return null;
    const target = field(error, 'target');
    const targetValue = typeof target?.value === 'string' ? target.value : undefined;
    if (!MTP_HOST.test(host) && !defenderShaped(error, code, targetValue)) return null;
    const ids =
      target && targetValue !== undefined && targetValue !== ''
        ? [{ name: `${outer.key}.${target.key}`, value: targetValue, source: 'body' as const }]
        : [];
    return { family: 'mtp', code, message: stringField(error, 'message') ?? null, ids };
  },
};

function defenderShaped(error: JsonObject, code: string, target: string | undefined): boolean {
  return (
    MTP_CODES.has(code) &&
    target !== undefined &&
    GUID.test(target) &&
    Object.keys(error).every((key) => SHAPE_MEMBERS.has(key.toLowerCase()))
  );
}
