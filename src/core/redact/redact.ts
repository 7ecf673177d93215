/**
 * The one redaction that everything stored, copied or exported passes through (security.md, rules 1-7).
 *
 * Placeholder scheme: every redacted span becomes `[REDACTED]`, whatever it was; the `...WithMarks`
 * variants tell where each placeholder sits in the output and which rule put it there. Text past the
 * length cap becomes one `[TRUNCATED n characters]` line. Neither placeholder matches any rule, so
 * redaction is idempotent: redacting redacted output changes nothing.
 *
 * What these functions return is `Redacted<…>` (redacted.ts): the type every writer requires.
 */
import { seal, type Redacted } from './redacted.ts';
import { redactText as redactPlainText } from './text.ts';

export { PLACEHOLDER, type FieldMark, type Mark, type Redaction, type Rule } from './ranges.ts';
export { TEXT_CAP, redactTextWithMarks } from './text.ts';
export { MAX_JSON_DEPTH, redactJsonText, redactJsonTextWithMarks } from './json.ts';
export { isSensitiveHeader, redactHeaders, redactHeadersWithMarks } from './headers.ts';
export { redactBody, redactBodyWithMarks } from './body.ts';
export { redactCorrelationIds, redactFinding, redactFindingWithMarks } from './finding.ts';
export { redactExchange, redactExchangeWithMarks } from './exchange.ts';
export { unredacted, type Redacted } from './redacted.ts';

/** Value patterns and sensitive name/value pairs; `known` adds secrets found elsewhere. */
export function redactText(text: string, known: readonly string[] = []): Redacted<string> {
  return seal(redactPlainText(text, known));
}

/**
 * A URL is redacted by the text rules, which already know URLs: userinfo passwords, query and fragment
 * parameters by name (also percent-encoded ones and URLs nested in a parameter), and the value patterns.
 * The same happens to URLs inside header values and bodies. The URL is not re-serialized, so what is
 * kept stays exactly as it was.
 */
export function redactUrl(url: string): Redacted<string> {
  return redactText(url);
}
