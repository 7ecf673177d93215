import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { child, childText, findElement, localName, type XmlElement } from '../../parse/xml.ts';

/** Subcodes nest; real faults use one or two levels. */
const MAX_SUBCODES = 8;

/**
 * SOAP faults, also under 200 from non-conforming stacks. SOAP 1.1: `faultcode`/`faultstring`.
 * SOAP 1.2: `Code/Value` refined by nested `Subcode/Value`, the innermost being the most specific, and
 * `Reason/Text`. Codes keep their namespace prefix as sent (`soap:Server`, `m:MessageTimeout`).
 */
export const soap: Detector = {
  family: 'soap',
  // Faults are XML: no JSON object body is one.
  members: [],
  detect({ xml }: DetectInput): Envelope | null {
    if (!xml || !['Envelope', 'Fault'].includes(localName(xml.name))) return null;
    const fault = findElement(xml, 'Fault', 3);
    if (!fault) return null;
    const code = childText(fault, 'faultcode') ?? innermostCode(child(fault, 'Code')) ?? null;
    const reason = child(fault, 'Reason');
    const message = childText(fault, 'faultstring') ?? (reason && childText(reason, 'Text')) ?? null;
    return { family: 'soap', code, message, ids: [] };
  },
};

function innermostCode(code: XmlElement | undefined): string | undefined {
  let value: string | undefined;
  let current = code;
  for (let depth = 0; current && depth < MAX_SUBCODES; depth++) {
    value = childText(current, 'Value') ?? value;
    current = child(current, 'Subcode');
  }
  return value;
}
