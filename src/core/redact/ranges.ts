/** Every redacted span reads `[REDACTED]`; what it was is told by the mark's rule, never by the text. */
export const PLACEHOLDER = '[REDACTED]';

export type Rule =
  | 'jwt'
  | 'bearer'
  | 'aws-key'
  | 'azure-secret'
  | 'stripe-key'
  | 'slack-token'
  | 'github-token'
  | 'google-key'
  | 'openai-key'
  | 'private-key'
  | 'url-credentials'
  | 'param'
  | 'encoded-param'
  | 'label'
  | 'xml-element'
  | 'json-field'
  | 'json-depth'
  | 'header'
  | 'cookie'
  | 'echo'
  | 'multipart-field'
  | 'html-input'
  | 'webhook'
  | 'provider-token'
  | 'prose'
  | 'cap';

/** A span of text: in the input while redacting, in the output once returned (covering a placeholder). */
export interface Mark {
  start: number;
  end: number;
  rule: Rule;
}

export interface Redaction {
  text: string;
  marks: Mark[];
}

/** A mark inside a structured value: `field` names the string it sits in (`requestHeaders[2].value`). */
export interface FieldMark extends Mark {
  field: string;
}

function isPlaceholder(text: string, span: Mark): boolean {
  return span.end - span.start === PLACEHOLDER.length && text.startsWith(PLACEHOLDER, span.start);
}

/**
 * Replaces spans of `text` with the placeholder. Overlapping or touching spans become one placeholder, so
 * no two placeholders ever abut; a span that already is the placeholder is left alone and not reported.
 * `carried` are marks already in `text` (from an earlier pass): they move with the text, or go when a new
 * placeholder swallows them.
 */
export function applyMarks(text: string, spans: readonly Mark[], carried: readonly Mark[] = []): Redaction {
  const kept: Mark[] = [];
  let sorted = true;
  for (const span of spans) {
    if (span.end <= span.start || isPlaceholder(text, span)) continue;
    sorted &&= kept.length === 0 || (kept[kept.length - 1]?.start ?? 0) <= span.start;
    kept.push(span);
  }
  if (!sorted) kept.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  const marks: Mark[] = [];
  let copied = 0;
  let c = 0;
  const carry = (upTo: number): void => {
    for (let m = carried[c]; m !== undefined && m.end <= upTo; m = carried[++c]) {
      marks.push({ start: out.length + m.start - copied, end: out.length + m.end - copied, rule: m.rule });
    }
  };
  for (let i = 0; i < kept.length;) {
    const { start, rule } = kept[i] as Mark;
    let end = start;
    for (; i < kept.length && (kept[i] as Mark).start <= end; i++) end = Math.max(end, (kept[i] as Mark).end);
    carry(start);
    while ((carried[c]?.start ?? Infinity) < end) c++;
    out += text.slice(copied, start);
    marks.push({ start: out.length, end: out.length + PLACEHOLDER.length, rule });
    out += PLACEHOLDER;
    copied = end;
  }
  carry(Infinity);
  return { text: out + text.slice(copied), marks };
}

/** Records the marks of one redacted string under `field` and hands back its text. */
export function collect(field: string, redaction: Redaction, into: FieldMark[]): string {
  for (const mark of redaction.marks) into.push({ field, ...mark });
  return redaction.text;
}
