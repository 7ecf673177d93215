import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { elementText, isHtml } from '../../parse/html.ts';
import { arrayField, codeOf, field, firstObject, isObject, stringField } from '../../parse/json.ts';
import { labelledId } from '../../analyze/labelled-id.ts';

const EDGE_CODE = /class="cf-error-code">\s{0,16}(\d{3,4})\s{0,16}</;
const WINDOW = 16 * 1024;

/**
 * Cloudflare API v4: `{"success":false,"errors":[{"code":<int>,"message"}]}`; a success also carries
 * `errors:[]` and informational codes in `messages`. Edge errors (1xxx, e.g. 1020 WAF block) come as an
 * HTML page even to API clients, with the Ray ID printed without its `-<colo>` suffix.
 */
export const cloudflare: Detector = {
  family: 'cloudflare',
  members: ['success'],
  detect({ json, text, headers, exchange }: DetectInput): Envelope | null {
    if (isObject(json)) {
      if (field(json, 'success')?.value !== false) return null;
      const first = firstObject(arrayField(json, 'errors'));
      if (!first) return null;
      return {
        family: 'cloudflare',
        code: codeOf(field(first, 'code')?.value) ?? null,
        message: stringField(first, 'message') ?? null,
        ids: [],
      };
    }
    return text !== null && exchange.status >= 400 && headers.has('cf-ray') && isHtml(text, exchange.mimeType)
      ? edgePage(text, exchange.status)
      : null;
  },
};

/** Only pages Cloudflare itself generated (they print the Ray ID); an origin's own page passes through. */
function edgePage(html: string, status: number): Envelope | null {
  const ids = labelledId(html, 'html', 'Cloudflare Ray ID');
  const code = EDGE_CODE.exec(html.slice(0, WINDOW))?.[1];
  if (ids.length === 0 && code === undefined) return null;
  const title = elementText(html, 'title')?.split(' | ')[0];
  return {
    family: 'cloudflare',
    code: code ?? String(status),
    message: elementText(html, 'h2') ?? title ?? null,
    ids,
  };
}
