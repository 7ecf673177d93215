import type { Detector, DetectInput, Envelope } from '../detector.ts';
import { isObject, stringField } from '../json.ts';

const TITLE = /<title[^>]*>([^<]{1,300})<\/title>/i;

/** Any failed response no family claimed: the status is the code, the best short text the message. */
export const genericHttp: Detector = {
  family: 'generic-http',
  detect({ exchange, json, text }: DetectInput): Envelope | null {
    if (exchange.status < 400) return null;
    return { family: 'generic-http', code: String(exchange.status), message: messageOf(json, text), ids: [] };
  },
};

function messageOf(json: unknown, text: string | null): string | null {
  if (isObject(json)) return stringField(json, 'message') ?? stringField(json, 'error') ?? null;
  if (text === null) return null;
  const title = TITLE.exec(text.slice(0, 4096));
  if (title?.[1]) return title[1].trim();
  const plain = text.trim();
  return plain !== '' && !plain.startsWith('<') ? plain.slice(0, 300) : null;
}
