import { compilePointer } from '../parse/json-pointer.ts';
import type { PackIssue } from './pack-issue.ts';
import { PACK_FORMAT, type Pack } from './pack.ts';

/** Caps that keep a pack a small data file: a team's catalog, not a dump. */
export const PACK_LIMITS = {
  chars: 1024 * 1024,
  families: 64,
  codes: 5000,
  text: 4000,
  steps: 20,
  hosts: 100,
  ids: 20,
  languages: 20,
  pointers: 8,
} as const;

export interface PackProblem {
  /** Where in the pack, as a JSON Pointer (`/families/0/envelope/code`); '' is the whole file. */
  pointer: string;
  /** What is wrong there, worded by each surface in its language (src/i18n/pack-issue-words.ts). */
  issue: PackIssue;
}

export type PackCheck = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

export interface PackContext {
  /** Families that exist without this pack: it may add codes to them, never declare them again. */
  knownFamilies: ReadonlySet<string>;
  /** Built-in families whose detector is code, so their own pack needs no envelope. */
  codeDetectors?: ReadonlySet<string>;
}

type Fields = Record<string, unknown>;

const FAMILY_ID = /^[a-z0-9][a-z0-9-]{0,47}$/;
const PACK_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;
const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const HEADER = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/;
const LINK = /^https?:\/\/[^\s<>"`]{1,2000}$/i;

/** Reads a pack file: JSON within the size cap, then every check of validatePack. */
export function readPack(text: string, context: PackContext): PackCheck {
  if (text.length > PACK_LIMITS.chars) {
    return refuse('', { kind: 'file-too-long', count: text.length, max: PACK_LIMITS.chars });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuse('', { kind: 'not-json', detail: error instanceof Error ? error.message : String(error) });
  }
  return validatePack(value, context);
}

/**
 * Checks a parsed pack against the pack/1 format and reports every problem with its JSON Pointer. Packs
 * are data: nothing in one is ever run, so the checks only ask whether the data is well formed and small.
 */
export function validatePack(value: unknown, context: PackContext): PackCheck {
  const problems: PackProblem[] = [];
  const report = (pointer: string, issue: PackIssue) => problems.push({ pointer, issue });
  if (!isFields(value)) return refuse('', { kind: 'not-json-object' });
  members(value, '', ['$schema', 'faultline', 'name', 'description', 'families', 'codes'], report);
  if (value['faultline'] !== PACK_FORMAT) report('/faultline', { kind: 'format', format: PACK_FORMAT });
  if (typeof value['name'] !== 'string' || !PACK_NAME.test(value['name'])) {
    report('/name', { kind: 'name' });
  }
  if (value['description'] !== undefined) text(value['description'], '/description', report);
  const declared = families(value['families'], context, report);
  codes(value['codes'], declared, context, report);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, pack: value as unknown as Pack };
}

function families(value: unknown, context: PackContext, report: Report): Set<string> {
  const declared = new Set<string>();
  if (!Array.isArray(value)) {
    report('/families', { kind: 'families-list' });
    return declared;
  }
  if (value.length > PACK_LIMITS.families) {
    report('/families', { kind: 'too-many-families', count: value.length, max: PACK_LIMITS.families });
  }
  value.forEach((family, index) => {
    const at = `/families/${index}`;
    if (!isFields(family)) return report(at, { kind: 'object' });
    members(family, at, ['id', 'label', 'match', 'envelope', 'meaning', 'remediation', 'docs'], report);
    const id = family['id'];
    if (typeof id !== 'string' || !FAMILY_ID.test(id)) {
      report(`${at}/id`, { kind: 'family-id' });
    } else if (context.knownFamilies.has(id)) {
      report(`${at}/id`, { kind: 'family-exists', id });
    } else if (declared.has(id)) {
      report(`${at}/id`, { kind: 'family-twice', id });
    } else {
      declared.add(id);
    }
    shortText(family['label'], `${at}/label`, 80, report);
    if (family['match'] !== undefined) match(family['match'], `${at}/match`, report);
    if (family['envelope'] !== undefined) envelope(family['envelope'], `${at}/envelope`, report);
    else if (typeof id !== 'string' || !context.codeDetectors?.has(id)) {
      report(`${at}/envelope`, { kind: 'envelope-required' });
    }
    if (family['meaning'] !== undefined) text(family['meaning'], `${at}/meaning`, report);
    if (family['remediation'] !== undefined) steps(family['remediation'], `${at}/remediation`, report);
    if (family['docs'] !== undefined) link(family['docs'], `${at}/docs`, report);
  });
  return declared;
}

function match(value: unknown, at: string, report: Report): void {
  if (!isFields(value)) return report(at, { kind: 'match' });
  members(value, at, ['hosts', 'headers'], report);
  list(value['hosts'], `${at}/hosts`, PACK_LIMITS.hosts, report, (host, where) => {
    if (typeof host !== 'string' || host.length > 253 || !HOST.test(host)) {
      report(where, { kind: 'host' });
    }
  });
  list(value['headers'], `${at}/headers`, PACK_LIMITS.hosts, report, (header, where) => {
    if (typeof header !== 'string' || !HEADER.test(header)) report(where, { kind: 'header' });
  });
}

function envelope(value: unknown, at: string, report: Report): void {
  if (!isFields(value)) return report(at, { kind: 'object' });
  members(value, at, ['when', 'code', 'message', 'ids', 'docs'], report);
  const when = value['when'];
  if (when === undefined) report(`${at}/when`, { kind: 'when-required' });
  else if (Array.isArray(when)) {
    if (when.length === 0 || when.length > PACK_LIMITS.pointers) {
      report(`${at}/when`, { kind: 'conditions-count', max: PACK_LIMITS.pointers });
    }
    when.forEach((condition, index) => conditionOf(condition, `${at}/when/${index}`, report));
  } else conditionOf(when, `${at}/when`, report);
  for (const name of ['code', 'message'] as const) {
    const pointers = value[name];
    if (pointers === undefined) continue;
    if (Array.isArray(pointers)) {
      if (pointers.length === 0 || pointers.length > PACK_LIMITS.pointers) {
        report(`${at}/${name}`, { kind: 'pointers-count', max: PACK_LIMITS.pointers });
      }
      pointers.forEach((pointer, index) => pointerOf(pointer, `${at}/${name}/${index}`, report));
    } else pointerOf(pointers, `${at}/${name}`, report);
  }
  list(value['ids'], `${at}/ids`, PACK_LIMITS.ids, report, (id, where) => {
    if (!isFields(id)) return report(where, { kind: 'id-source' });
    members(id, where, ['name', 'pointer', 'header'], report);
    shortText(id['name'], `${where}/name`, 100, report);
    if ((id['pointer'] === undefined) === (id['header'] === undefined)) {
      report(where, { kind: 'pointer-or-header' });
    }
    if (id['pointer'] !== undefined) pointerOf(id['pointer'], `${where}/pointer`, report);
    if (id['header'] !== undefined && (typeof id['header'] !== 'string' || !HEADER.test(id['header']))) {
      report(`${where}/header`, { kind: 'header' });
    }
  });
  if (value['docs'] !== undefined) pointerOf(value['docs'], `${at}/docs`, report);
}

function conditionOf(value: unknown, at: string, report: Report): void {
  if (typeof value === 'string') return pointerOf(value, at, report);
  if (!isFields(value)) return report(at, { kind: 'condition' });
  members(value, at, ['pointer', 'equals'], report);
  pointerOf(value['pointer'], `${at}/pointer`, report);
  const equals = value['equals'];
  if (!['string', 'number', 'boolean'].includes(typeof equals)) {
    report(`${at}/equals`, { kind: 'equals' });
  }
}

function pointerOf(value: unknown, at: string, report: Report): void {
  if (typeof value !== 'string' || value.length > 256) {
    return report(at, { kind: 'pointer' });
  }
  if (value === '') return report(at, { kind: 'pointer-whole' });
  const compiled = compilePointer(value);
  if (!Array.isArray(compiled)) report(at, compiled);
}

function codes(value: unknown, declared: Set<string>, context: PackContext, report: Report): void {
  if (value === undefined) return;
  if (!isFields(value)) return report('/codes', { kind: 'codes-object' });
  let total = 0;
  for (const [family, entries] of Object.entries(value)) {
    const at = `/codes/${escape(family)}`;
    if (!declared.has(family) && !context.knownFamilies.has(family)) {
      report(at, { kind: 'unknown-family', family });
    }
    if (!isFields(entries)) {
      report(at, { kind: 'family-codes-object' });
      continue;
    }
    for (const [code, entry] of Object.entries(entries)) {
      total++;
      const where = `${at}/${escape(code)}`;
      if (code.trim() === '' || code.length > 200) report(where, { kind: 'code-length' });
      if (!isFields(entry)) {
        report(where, { kind: 'code-entry' });
        continue;
      }
      members(entry, where, ['meaning', 'remediation', 'docs', 'status'], report);
      if (entry['meaning'] === undefined) report(`${where}/meaning`, { kind: 'required' });
      else text(entry['meaning'], `${where}/meaning`, report);
      if (entry['remediation'] !== undefined) steps(entry['remediation'], `${where}/remediation`, report);
      if (entry['docs'] !== undefined) link(entry['docs'], `${where}/docs`, report);
      const status = entry['status'];
      if (
        status !== undefined &&
        !(Number.isInteger(status) && (status as number) >= 100 && (status as number) <= 599)
      ) {
        report(`${where}/status`, { kind: 'status' });
      }
    }
  }
  if (total > PACK_LIMITS.codes)
    report('/codes', { kind: 'too-many-codes', count: total, max: PACK_LIMITS.codes });
}

function text(value: unknown, at: string, report: Report): void {
  languages(value, at, report, (entry, where) => shortText(entry, where, PACK_LIMITS.text, report));
}

function steps(value: unknown, at: string, report: Report): void {
  languages(value, at, report, (entry, where) =>
    list(entry, where, PACK_LIMITS.steps, report, (step, stepAt) =>
      shortText(step, stepAt, PACK_LIMITS.text, report),
    ),
  );
}

function languages(
  value: unknown,
  at: string,
  report: Report,
  each: (entry: unknown, at: string) => void,
): void {
  if (!isFields(value)) return report(at, { kind: 'languages' });
  const tags = Object.keys(value);
  if (tags.length === 0) report(at, { kind: 'no-language' });
  if (tags.length > PACK_LIMITS.languages)
    report(at, { kind: 'too-many-languages', max: PACK_LIMITS.languages });
  for (const tag of tags) {
    const where = `${at}/${escape(tag)}`;
    if (!LANGUAGE.test(tag)) report(where, { kind: 'language-tag', tag });
    each(value[tag], where);
  }
}

function list(
  value: unknown,
  at: string,
  max: number,
  report: Report,
  each: (item: unknown, at: string) => void,
): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) return report(at, { kind: 'list' });
  if (value.length > max) report(at, { kind: 'too-many-items', count: value.length, max });
  value.forEach((item, index) => each(item, `${at}/${index}`));
}

function shortText(value: unknown, at: string, max: number, report: Report): void {
  if (typeof value !== 'string' || value.trim() === '') report(at, { kind: 'empty-text' });
  else if (value.length > max) report(at, { kind: 'too-long', count: value.length, max });
}

function link(value: unknown, at: string, report: Report): void {
  if (typeof value !== 'string' || !LINK.test(value)) report(at, { kind: 'link' });
}

function members(value: Fields, at: string, allowed: readonly string[], report: Report): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) report(`${at}/${escape(key)}`, { kind: 'member', allowed });
  }
}

type Report = (pointer: string, issue: PackIssue) => void;

function refuse(pointer: string, issue: PackIssue): PackCheck {
  return { ok: false, problems: [{ pointer, issue }] };
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A member name as a JSON Pointer token. */
function escape(name: string): string {
  return name.replaceAll('~', '~0').replaceAll('/', '~1');
}
