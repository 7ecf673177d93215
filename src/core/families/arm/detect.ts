import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { onDomain } from '../../parse/host.ts';
import { isObject, objectField, stringField } from '../../parse/json.ts';

const ARM_HOSTS = [
  'management.azure.com',
  'management.usgovcloudapi.net',
  'management.chinacloudapi.cn',
  'management.microsoftazure.de',
];

/**
 * Azure Resource Manager: `{"error":{"code","message","target","details","additionalInfo"}}`. Its ids are
 * headers (`x-ms-request-id`, `x-ms-correlation-request-id`, `x-ms-routing-request-id`); `target` names the
 * element in error. Recognized on an ARM host, or by the routing header only the ARM front door sends.
 */
export const arm: Detector = {
  family: 'arm',
  detect({ json, members, host, headers }: DetectInput): Envelope | null {
    if (!members.has('error') || !isObject(json)) return null;
    const outer = objectField(json, 'error');
    const code = outer && stringField(outer.value, 'code');
    if (!outer || code === undefined) return null;
    const routed = headers.has('x-ms-routing-request-id');
    if (!onDomain(host, ARM_HOSTS) && !routed) return null;
    return { family: 'arm', code, message: stringField(outer.value, 'message') ?? null, ids: [] };
  },
};
