import type { Detector, DetectInput, Envelope } from '../analyze/detector.ts';
import type { CorrelationId } from '../../model/finding.ts';
import { codeOf } from '../parse/json.ts';
import { compilePointer, resolvePointer } from '../parse/json-pointer.ts';
import type { Condition, PackFamily } from './pack.ts';

interface CompiledCondition {
  tokens: string[];
  equals?: string | number | boolean;
}

/**
 * The one detector every declarative family runs on: the family's envelope rule, compiled once. A rule
 * applies to JSON bodies; with `match`, only on its hosts or where one of its headers is present.
 */
export function packDetector(family: PackFamily): Detector {
  const rule = family.envelope;
  if (!rule) throw new Error(`${family.id} has no envelope rule`);
  const conditions = listOf(rule.when).map(compileCondition);
  const lead = conditions[0]?.tokens[0];
  const codes = listOf(rule.code).map(tokensOf);
  const messages = listOf(rule.message).map(tokensOf);
  const docs = rule.docs === undefined ? undefined : tokensOf(rule.docs);
  const ids = (rule.ids ?? []).map((id) =>
    'pointer' in id
      ? { name: id.name, tokens: tokensOf(id.pointer) }
      : { name: id.name, header: id.header.toLowerCase() },
  );
  const hosts = (family.match?.hosts ?? []).map(hostPattern);
  const headers = (family.match?.headers ?? []).map((name) => name.toLowerCase());
  const matched = hosts.length > 0 || headers.length > 0;
  return {
    family: family.id,
    // The first member every condition needs: an object body without it is passed over unasked.
    ...(lead === undefined ? {} : { members: [lead] }),
    detect({ json, host, headers: present }: DetectInput): Envelope | null {
      if (json === undefined) return null;
      if (matched && !onHosts(host, hosts) && !headers.some((name) => present.has(name))) return null;
      for (const condition of conditions) {
        const value = resolvePointer(json, condition.tokens);
        if (value === undefined || value === null) return null;
        if (condition.equals !== undefined && value !== condition.equals) return null;
      }
      const found: CorrelationId[] = [];
      for (const id of ids) {
        const value = 'tokens' in id ? codeOf(resolvePointer(json, id.tokens)) : present.get(id.header);
        if (value !== undefined && value !== '') {
          found.push({ name: id.name, value, source: 'tokens' in id ? 'body' : 'header' });
        }
      }
      const link = docs === undefined ? undefined : resolvePointer(json, docs);
      return {
        family: family.id,
        code: first(json, codes, codeOf) ?? null,
        message: first(json, messages, (value) => (typeof value === 'string' ? value : undefined)) ?? null,
        ids: found,
        ...(typeof link === 'string' && link !== '' ? { docs: link } : {}),
      };
    },
  };
}

interface HostPattern {
  /** `.example.com` for `*.example.com`: any host under example.com, not example.com itself. */
  suffix?: string;
  /** Any other name, matched exactly. */
  exact?: string;
}

function hostPattern(pattern: string): HostPattern {
  return pattern.startsWith('*.') ? { suffix: pattern.slice(1) } : { exact: pattern };
}

function onHosts(host: string, hosts: readonly HostPattern[]): boolean {
  for (const { suffix, exact } of hosts) {
    if (suffix !== undefined ? host.endsWith(suffix) : host === exact) return true;
  }
  return false;
}

function first(
  json: unknown,
  pointers: readonly string[][],
  read: (value: unknown) => string | undefined,
): string | undefined {
  for (const tokens of pointers) {
    const value = read(resolvePointer(json, tokens));
    if (value !== undefined) return value;
  }
  return undefined;
}

function compileCondition(condition: Condition): CompiledCondition {
  if (typeof condition === 'string') return { tokens: tokensOf(condition) };
  return { tokens: tokensOf(condition.pointer), equals: condition.equals };
}

/** Packs reach here only through validatePack, so every pointer compiles. */
function tokensOf(pointer: string): string[] {
  const tokens = compilePointer(pointer);
  if (!Array.isArray(tokens)) throw new TypeError(`${pointer}: ${tokens.kind}`);
  return tokens;
}

function listOf<T>(value: T | readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}
