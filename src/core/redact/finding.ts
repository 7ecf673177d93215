import type { Finding } from '../../model/finding.ts';
import type { Hint } from '../../model/hint.ts';
import { isSensitiveName } from './names.ts';
import { collect, PLACEHOLDER, type FieldMark } from './ranges.ts';
import { redactTextWithMarks } from './text.ts';

/** A value the message quotes from a sensitive request field (`name` may be a path: `auth.token`). */
function quotedSecret(hint: Hint): string[] {
  if (hint.kind !== 'valueInRequest' || hint.name === undefined) return [];
  return isSensitiveName(hint.name.split('.').pop() ?? '') ? [hint.value] : [];
}

function redactInto(finding: Finding, at: string, marks: FieldMark[]): Finding {
  // A message that echoes the api_key it was sent ("Invalid key 3f9a…") loses the key wherever it appears.
  const known = finding.hints.flatMap(quotedSecret);
  const text = (field: string, value: string): string =>
    collect(`${at}${field}`, redactTextWithMarks(value, known), marks);
  return {
    ...finding,
    code: finding.code === null ? null : text('code', finding.code),
    message: finding.message === null ? null : text('message', finding.message),
    url: text('url', finding.url),
    // Real ids match no rule and come out exactly as they went in.
    correlationIds: finding.correlationIds.map((id, i) => ({
      ...id,
      value: text(`correlationIds[${i}].value`, id.value),
    })),
    hints: finding.hints.map((hint, i) => {
      if (hint.kind !== 'valueInRequest') return hint;
      const field = `hints[${i}].value`;
      if (quotedSecret(hint).length === 0 || hint.value === PLACEHOLDER)
        return { ...hint, value: text(field, hint.value) };
      marks.push({ field: `${at}${field}`, start: 0, end: PLACEHOLDER.length, rule: 'echo' });
      return { ...hint, value: PLACEHOLDER };
    }),
    nested: finding.nested.map((part, i) => redactInto(part, `${at}nested[${i}].`, marks)),
  };
}

/** Message, URL, code, quoted values and nested batch parts; a mark's `field` reads `nested[0].message`. */
export function redactFindingWithMarks(finding: Finding): { finding: Finding; marks: FieldMark[] } {
  const marks: FieldMark[] = [];
  return { finding: redactInto(finding, '', marks), marks };
}

export function redactFinding(finding: Finding): Finding {
  return redactFindingWithMarks(finding).finding;
}
