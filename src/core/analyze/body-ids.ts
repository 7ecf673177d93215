import type { CorrelationId } from '../../model/finding.ts';
import { field, type JsonObject } from '../parse/json.ts';
import { child, type XmlElement } from '../parse/xml.ts';

/**
 * Ids a family documents at a known place: each of `names` is looked up (case-insensitively) in `obj`
 * and reported under its dotted path, so the panel can say where the id came from. `members`, the
 * lower-cased names of the body's top level when `obj` is it, skips the names that are absent.
 */
export function bodyIds(
  obj: JsonObject,
  prefix: string,
  names: readonly string[],
  members?: ReadonlySet<string>,
): CorrelationId[] {
  const ids: CorrelationId[] = [];
  for (const name of names) {
    if (members !== undefined && !members.has(name.toLowerCase())) continue;
    const found = field(obj, name);
    const value = typeof found?.value === 'number' ? String(found.value) : found?.value;
    if (found && typeof value === 'string' && value.trim() !== '') {
      ids.push({ name: prefix === '' ? found.key : `${prefix}.${found.key}`, value, source: 'body' });
    }
  }
  return ids;
}

/** Prefixes the ids of a batch part with its place in the batch; header ids become body ids of the outer response. */
export function idsUnder(ref: string, ids: readonly CorrelationId[]): CorrelationId[] {
  return ids.map((id) => ({
    name: `${ref}.${id.source === 'header' ? 'headers' : 'body'}.${id.name}`,
    value: id.value,
    source: 'body',
  }));
}

/** The XML counterpart of `bodyIds`: child elements by local name, reported as `Error.RequestId`. */
export function xmlIds(element: XmlElement, path: string, names: readonly string[]): CorrelationId[] {
  return names.flatMap((name) => {
    const found = child(element, name);
    const value = found?.text.trim();
    return found && value ? [{ name: `${path}.${found.name}`, value, source: 'body' as const }] : [];
  });
}
