import type { CorrelationId, Finding } from '../../model/finding.ts';
import type { Hint } from '../../model/hint.ts';
import { hintsMayNameRequestField } from '../hints/deferred-hints.ts';
import { lazyArray } from '../hints/lazy-array.ts';
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

function redactInto(finding: Finding, at: string, marks: FieldMark[] | undefined): Finding {
  // A message that echoes the api_key it was sent ("Invalid key 3f9a…") loses the key wherever it appears.
  // Hints that can name no request field (unread ones of a request without query or body) echo none.
  const known = hintsMayNameRequestField(finding) ? finding.hints.flatMap(quotedSecret) : [];
  const text: Text = (field, value) =>
    marks ? collect(`${at}${field}`, redactTextWithMarks(value, known), marks) : redactText(value, known);
  // An id is judged alone, as a value: a plain id matches no rule and comes out exactly as it went in,
  // one that echoes a credential (`x-correlation-id: Bearer …`) does not.
  const id = ({ name, value, source }: CorrelationId, i: number): CorrelationId => ({
    name: text(`correlationIds[${i}].name`, name),
    value: text(`correlationIds[${i}].value`, value),
    source,
  });
  const redactHints = (into: FieldMark[]) =>
    finding.hints.map((hint, i) => redactHint(hint, i, text, at, into));
  // Fields are redacted in the order they are listed, so marks come in that order too.
  const code = finding.code === null ? null : text('code', finding.code);
  const message = finding.message === null ? null : text('message', finding.message);
  const method = text('method', finding.method);
  const url = text('url', finding.url);
  const startedAt = text('startedAt', finding.startedAt);
  const correlationIds = finding.correlationIds.map(id);
  const { docs, part, partial } = finding;
  return {
    family: finding.family,
    code,
    status: finding.status,
    message,
    method,
    url,
    startedAt,
    correlationIds,
    bodyState: finding.bodyState,
    // Without marks to collect, hints are redacted when they are read: they may never be.
    hints: marks ? redactHints(marks) : lazyArray(() => redactHints([])),
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
  return seal(redactInto(finding, '', undefined));
}

/** Ids read back from storage, judged again by today's rules; a plain id comes out exactly as it went in. */
export function redactCorrelationIds(ids: readonly CorrelationId[]): Redacted<CorrelationId>[] {
  return ids.map(({ name, value, source }) =>
    seal({ name: redactText(name), value: redactText(value), source }),
  );
}
