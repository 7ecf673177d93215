import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { onDomain } from '../../parse/host.ts';
import { field, isObject } from '../../parse/json.ts';

/**
 * Shopify REST: `{"errors": …}` where the type changes from endpoint to endpoint: a string, an array of
 * strings, or a map of field → messages (shown as "<field> <message>"). There is no machine code.
 * GraphQL `errors` arrays hold objects and are left to the GraphQL detector.
 */
export const shopify: Detector = {
  family: 'shopify',
  members: ['errors'],
  detect({ json, host, headers, exchange }: DetectInput): Envelope | null {
    if (exchange.status < 400 || !isObject(json)) return null;
    const fromShopify =
      headers.has('x-shopify-shop-api-call-limit') || onDomain(host, ['myshopify.com', 'shopify.com']);
    if (!fromShopify) return null;
    const errors = field(json, 'errors')?.value;
    const message = messageOf(errors);
    if (message === undefined) return null;
    return { family: 'shopify', code: null, message, ids: [] };
  },
};

function messageOf(errors: unknown): string | undefined {
  if (typeof errors === 'string') return errors;
  if (Array.isArray(errors)) return typeof errors[0] === 'string' ? errors[0] : undefined;
  if (!isObject(errors)) return undefined;
  const [name] = Object.keys(errors);
  if (name === undefined) return undefined;
  const messages = errors[name];
  const first = Array.isArray(messages) ? messages[0] : messages;
  return typeof first === 'string' ? `${name} ${first}` : undefined;
}
