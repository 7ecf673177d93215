import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { isObject, objectField, stringField } from '../../parse/json.ts';
import { labelledId } from '../../analyze/labelled-id.ts';
import { child, childText, localName } from '../../parse/xml.ts';

const STORAGE_HOST =
  /\.(blob|queue|file|table|dfs)\.core\.(windows\.net|usgovcloudapi\.net|chinacloudapi\.cn)$/;

/**
 * Azure Storage: `<Error><Code/><Message/></Error>` for Blob, Queue and File, `{"odata.error":…}` for Table,
 * and the code in `x-ms-error-code`, the only source for a HEAD, which has no body. The message ends with
 * `RequestId:<id>`, the same id as the `x-ms-request-id` header.
 */
export const azureStorage: Detector = {
  family: 'azure-storage',
  detect({ json, xml, host, headers, exchange }: DetectInput): Envelope | null {
    const headerCode = headers.get('x-ms-error-code');
    if (headerCode === undefined && !STORAGE_HOST.test(host)) return null;
    // Blob, Queue and File write `<Error>`; the Table service answers XML requests with OData's `<m:error>`.
    if (xml && localName(xml.name).toLowerCase() === 'error') {
      const messageElement = child(xml, 'Message');
      const message = messageElement?.text.trim() || null;
      const where = `${xml.name}.${messageElement?.name ?? 'Message'}`;
      return {
        family: 'azure-storage',
        code: childText(xml, 'Code') ?? headerCode ?? null,
        message,
        ids: labelledId(message ?? undefined, where, 'RequestId'),
      };
    }
    const table = isObject(json) ? objectField(json, 'odata.error') : undefined;
    if (table) {
      const messageField = objectField(table.value, 'message');
      const message = messageField
        ? stringField(messageField.value, 'value')
        : stringField(table.value, 'message');
      const where = messageField ? `${table.key}.${messageField.key}.value` : `${table.key}.message`;
      return {
        family: 'azure-storage',
        code: stringField(table.value, 'code') || headerCode || null,
        message: message ?? null,
        ids: labelledId(message, where, 'RequestId'),
      };
    }
    if (exchange.status < 400 || headerCode === undefined) return null;
    return { family: 'azure-storage', code: headerCode, message: null, ids: [] };
  },
};
