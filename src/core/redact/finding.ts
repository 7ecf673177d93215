import type { CorrelationId, Finding } from '../../model/finding.ts';
import type { Hint } from '../../model/hint.ts';
import { isSensitiveName } from './names.ts';
import { collect, PLACEHOLDER, type FieldMark } from './ranges.ts';
import { seal, type Redacted } from './redacted.ts';
import { redactText, redactTextWithMarks } from './text.ts';

/** A value the message quotes from a sensitive request field (`name` may be a path: `auth.token`). */
function quotedSecret(hint: Hint): string[] {
  if (hint.kind !== 'valueInRequest' || hint.name === undefined) return [];
  return isSensitiveName(hint.name.split('.').pop() ?? '') ? [hint.value] : [];
}

type Text = (field: string, value: string) => string;

function redactHint(hint: Hint, i: number, text: Text, at: string, marks: FieldMark[]): Hint {
  const field = `hints[${i}].`;
  switch (hint.kind) {
    case 'parameterCaseMismatch':
      return {
        ...hint,
        sent: text(`${field}sent`, hint.sent),
        expected: text(`${field}expected`, hint.expected),
      };
    case 'retryAfter':
      return { ...hint, source: text(`${field}source`, hint.source) };
    case 'errorUnderSuccess':
      return hint;
    case 'valueInRequest': {
      const name = hint.name === undefined ? {} : { name: text(`${field}name`, hint.name) };
      if (quotedSecret(hint).length === 0 || hint.value === PLACEHOLDER)
        return { ...hint, ...name, value: text(`${field}value`, hint.value) };
      marks.push({ field: `${at}${field}value`, start: 0, end: PLACEHOLDER.length, rule: 'echo' });
      return { ...hint, ...name, value: PLACEHOLDER };
    }
  }
}

function redactInto(finding: Finding, at: string, marks: FieldMark[]): Finding {
  // A message that echoes the api_key it was sent ("Invalid key 3f9a…") loses the key wherever it appears.
  const known = finding.hints.flatMap(quotedSecret);
  const text: Text = (field, value) => collect(`${at}${field}`, redactTextWithMarks(value, known), marks);
  // An id is judged alone, as a value: a plain id matches no rule and comes out exactly as it went in,
  // one that echoes a credential (`x-correlation-id: Bearer …`) does not.
  const id = ({ name, value, source }: CorrelationId, i: number): CorrelationId => ({
    name: text(`correlationIds[${i}].name`, name),
    value: text(`correlationIds[${i}].value`, value),
    source,
  });
  const { docs, part, partial } = finding;
  return {
    family: finding.family,
    code: finding.code === null ? null : text('code', finding.code),
    status: finding.status,
    message: finding.message === null ? null : text('message', finding.message),
    method: text('method', finding.method),
    url: text('url', finding.url),
    startedAt: text('startedAt', finding.startedAt),
    correlationIds: finding.correlationIds.map(id),
    bodyState: finding.bodyState,
    hints: finding.hints.map((hint, i) => redactHint(hint, i, text, at, marks)),
    ...(docs === undefined ? {} : { docs: text('docs', docs) }),
    nested: finding.nested.map((nested, i) => redactInto(nested, `${at}nested[${i}].`, marks)),
    ...(partial === undefined ? {} : { partial }),
    ...(part === undefined ? {} : { part: text('part', part) }),
  };
}

/**
 * Every string of a finding: message, code, method, URL, correlation-id names and values, hint texts and
 * values, the docs link and nested batch parts. A mark's `field` reads `nested[0].message`.
 */
export function redactFindingWithMarks(finding: Finding): { finding: Redacted<Finding>; marks: FieldMark[] } {
  const marks: FieldMark[] = [];
  return { finding: seal(redactInto(finding, '', marks)), marks };
}

export function redactFinding(finding: Finding): Redacted<Finding> {
  return redactFindingWithMarks(finding).finding;
}

/** Ids read back from storage, judged again by today's rules; a plain id comes out exactly as it went in. */
export function redactCorrelationIds(ids: readonly CorrelationId[]): Redacted<CorrelationId>[] {
  return ids.map(({ name, value, source }) =>
    seal({ name: redactText(name), value: redactText(value), source }),
  );
}
