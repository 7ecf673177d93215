import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { onDomain } from '../../parse/host.ts';
import { arrayField, codeOf, field, firstObject, isObject, stringField } from '../../parse/json.ts';
import { child, childText, localName } from '../../parse/xml.ts';

const TWILIO_DOCS = /^https:\/\/(www\.)?twilio\.com\//;

/**
 * Twilio: the 2010 API's `{"code":<int>,"message","more_info","status"}` (or the same inside
 * `<TwilioResponse><RestException>`, the default without `.json`), and the newer product APIs'
 * `{"errors":[{"code","message","infoUrl"}]}`. Codes are integers, shown as strings.
 */
export const twilio: Detector = {
  family: 'twilio',
  members: ['code', 'errors'],
  detect({ json, xml, host, exchange }: DetectInput): Envelope | null {
    if (exchange.status < 400) return null;
    if (xml) {
      const rest = localName(xml.name) === 'TwilioResponse' ? child(xml, 'RestException') : undefined;
      if (!rest) return null;
      return {
        family: 'twilio',
        code: childText(rest, 'Code') ?? null,
        message: childText(rest, 'Message') ?? null,
        ids: [],
      };
    }
    if (!isObject(json)) return null;
    const onHost = onDomain(host, ['twilio.com']);
    const error = [json, firstObject(arrayField(json, 'errors'))].find(
      (candidate) =>
        candidate !== undefined &&
        codeOf(field(candidate, 'code')?.value) !== undefined &&
        (onHost ||
          TWILIO_DOCS.test(stringField(candidate, 'more_info') ?? stringField(candidate, 'infoUrl') ?? '')),
    );
    if (!error) return null;
    const docs = stringField(error, 'more_info') ?? stringField(error, 'infoUrl');
    return {
      family: 'twilio',
      code: codeOf(field(error, 'code')?.value) ?? null,
      message: stringField(error, 'message') ?? null,
      ids: [],
      ...(docs ? { docs } : {}),
    };
  },
};
