import { eachCapture } from './each-capture.ts';
import type { Hint, HintFinding } from '../../model/hint.ts';
import type { RequestBody, RequestField } from './request-fields.ts';

/** The founding document: these two codes can mean "right parameter, wrong case". */
const CASE_SENSITIVE_CODES = new Set(['invalidrequestbody', 'missingrequiredparameter']);
const VALIDATION_MESSAGE =
  /\b(?:missing|required|mandatory|unknown|unrecognized|unrecognised|must (?:contain|include|specify))\b/i;

const NAME = String.raw`([A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)*)`;
const QUOTE = String.raw`['"\u0060\u2018\u2019\u201c\u201d]`;
/** "The Comment field is required": the pattern may start at any word, so its rarer ending is looked for first. */
const NAME_BEFORE_REQUIRED = new RegExp(
  String.raw`${QUOTE}?${NAME}${QUOTE}?\s+(?:(?:field|parameter|property)\s+)?(?:is|are)\s+(?:required|missing|mandatory)`,
  'gi',
);
const REQUIRED = /(?:is|are)\s+(?:required|missing|mandatory)/i;
/**
 * Where messages name a parameter: "Parameter Query is missing", "The Comment field is required",
 * "Missing Comment", or any quoted name.
 */
const NAME_PATTERNS = [
  new RegExp(
    String.raw`\b(?:parameter|property|field|member|argument|key|attribute)s?\s*[:=]?\s*${QUOTE}?${NAME}`,
    'gi',
  ),
  NAME_BEFORE_REQUIRED,
  new RegExp(String.raw`\bmissing\s+${QUOTE}?${NAME}`, 'gi'),
  new RegExp(String.raw`${QUOTE}${NAME}${QUOTE}`, 'g'),
];
const NOT_A_NAME = new Set(
  `a an and are body field for in is missing must not of one or parameter property request required
   the this value was with`.split(/\s+/),
);
const MAX_MESSAGE_CHARS = 2000;

/**
 * Body keys that differ only in case from a parameter the message names as missing or invalid. The
 * request body is read only when an eligible message names a parameter.
 */
export function parameterCaseHints(finding: HintFinding, request: RequestBody): Hint[] {
  if (finding.message === null || !eligible(finding)) return [];
  const names = parameterNames(finding.message);
  if (names.size === 0) return [];
  const fields = request.fields();
  const hints: Hint[] = [];
  for (const expected of names) {
    const dotted = expected.includes('.');
    const nameOf = (field: RequestField) => (dotted ? field.path : field.key);
    if (fields.some((field) => nameOf(field) === expected)) continue;
    const wanted = expected.toLowerCase();
    const sent = fields.map(nameOf).find((name) => name?.toLowerCase() === wanted);
    if (sent !== undefined) hints.push({ kind: 'parameterCaseMismatch', sent, expected });
  }
  return hints;
}

function eligible({ family, code, message }: HintFinding): boolean {
  if (code !== null && CASE_SENSITIVE_CODES.has(code.toLowerCase())) return true;
  return family === 'aspnet-validation' || (message !== null && VALIDATION_MESSAGE.test(message));
}

function parameterNames(message: string): Set<string> {
  const text = message.slice(0, MAX_MESSAGE_CHARS);
  const names = new Set<string>();
  for (const pattern of NAME_PATTERNS) {
    if (pattern === NAME_BEFORE_REQUIRED && !REQUIRED.test(text)) continue;
    eachCapture(pattern, text, (name) => {
      if (!NOT_A_NAME.has(name.toLowerCase())) names.add(name);
    });
  }
  return names;
}
