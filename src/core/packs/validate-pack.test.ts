import { PACK_ISSUE_WORDS } from '../../i18n/pack-issue-words.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_FAMILIES } from '../../model/finding.ts';
import { BUILTIN_PACKS, CODE_DETECTOR_FAMILIES } from '../families/builtin-packs.ts';
import { checkTeamPack, summarizePack } from './team-packs.ts';
import { PACK_LIMITS, validatePack } from './validate-pack.ts';

const example = readFileSync(new URL('../../../examples/contoso-orders.pack.json', import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('./pack.schema.json', import.meta.url), 'utf8')) as {
  properties: Record<string, unknown>;
  $defs: Record<string, { properties?: Record<string, unknown> }>;
};
const base = JSON.parse(example) as Record<string, unknown>;
const problemsOf = (pack: unknown) => {
  const check = checkTeamPack(JSON.stringify(pack));
  return check.ok ? [] : check.problems.map((p) => `${p.pointer}: ${PACK_ISSUE_WORDS.en(p.issue)}`);
};

describe('built-in packs', () => {
  it.each(BUILTIN_PACKS.map((pack) => [pack.name, pack] as const))(
    '%s passes the pack validator',
    (_n, pack) => {
      const own = new Set(pack.families.map((family) => family.id));
      const knownFamilies = new Set(BUILTIN_FAMILIES.filter((family) => !own.has(family)));
      expect(validatePack(pack, { knownFamilies, codeDetectors: CODE_DETECTOR_FAMILIES })).toEqual({
        ok: true,
        pack,
      });
    },
  );

  it('keep their reading in code only where a rule cannot say it', () => {
    expect(CODE_DETECTOR_FAMILIES.has('arm')).toBe(false);
    expect(CODE_DETECTOR_FAMILIES.has('slack')).toBe(false);
    expect(CODE_DETECTOR_FAMILIES.has('graph')).toBe(true);
  });
});

describe('checkTeamPack', () => {
  it('accepts the README example and summarizes it', () => {
    const check = checkTeamPack(example);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(summarizePack(check.pack)).toEqual({
      name: 'contoso-internal',
      families: [{ id: 'contoso-orders', label: 'Contoso Orders API' }],
      codes: 2,
      languages: ['en', 'ja'],
    });
  });

  it('reports every problem with its JSON Pointer, not only the first', () => {
    const broken = {
      ...base,
      faultline: 'pack/2',
      families: [
        {
          id: 'Contoso Orders',
          label: '',
          match: { hosts: ['orders.contoso.test:8443', '/.*/'] },
          envelope: {
            when: 'fault',
            code: '/fault/err~2Code',
            ids: [{ name: 'x', pointer: '/a', header: 'b' }],
          },
          script: 'alert(1)',
        },
      ],
      codes: { unknown: { X: { meaning: { english: 'x' }, docs: 'javascript:alert(1)', status: 999 } } },
    };
    expect(problemsOf(broken)).toEqual([
      '/faultline: must be "pack/1"',
      '/families/0/script: is not a member of pack/1 here (allowed: id, label, match, envelope, meaning, remediation, docs)',
      '/families/0/id: must be 1-48 lower-case letters, digits or "-", starting with a letter or digit',
      '/families/0/label: must be a non-empty string',
      '/families/0/match/hosts/0: must be a lower-case host name, or "*." and a host name (no ports, paths or patterns)',
      '/families/0/match/hosts/1: must be a lower-case host name, or "*." and a host name (no ports, paths or patterns)',
      '/families/0/envelope/when: must be a JSON Pointer starting with "/"',
      '/families/0/envelope/code: has "~" not followed by 0 or 1 (write "~0" for "~" and "~1" for "/")',
      '/families/0/envelope/ids/0: must have exactly one of pointer or header',
      '/codes/unknown: "unknown" is neither a family of this pack nor a built-in family',
      '/codes/unknown/X/meaning/english: "english" is not a language tag such as "en", "ja" or "pt-BR"',
      '/codes/unknown/X/docs: must be an http(s) URL',
      '/codes/unknown/X/status: must be an HTTP status, 100-599',
    ]);
  });

  it('refuses a family that is built in or already loaded, and a team family without an envelope', () => {
    const [family] = base['families'] as Record<string, unknown>[];
    expect(problemsOf({ ...base, families: [{ ...family, id: 'graph' }] })[0]).toBe(
      '/families/0/id: "graph" is already a family; add codes to it under /codes/graph instead',
    );
    expect(problemsOf({ ...base, families: [{ id: 'x', label: 'X' }], codes: {} })).toEqual([
      '/families/0/envelope: is required: it says where the error, its code and message are',
    ]);
    const loaded = checkTeamPack(example);
    expect(loaded.ok && checkTeamPack(example, [loaded.pack]).ok).toBe(false);
  });

  it('says what is wrong with text that is not a pack', () => {
    const notJson = checkTeamPack('{"faultline": "pack/1",');
    expect(!notJson.ok && notJson.problems[0]?.pointer).toBe('');
    expect(!notJson.ok && notJson.problems[0]?.issue.kind).toBe('not-json');
    expect(problemsOf([base])).toEqual([': must be a JSON object']);
    const huge = checkTeamPack(' '.repeat(PACK_LIMITS.chars + 1));
    expect(!huge.ok && huge.problems[0]?.issue).toEqual({
      kind: 'file-too-long',
      count: PACK_LIMITS.chars + 1,
      max: 1048576,
    });
  });

  it('caps families, codes and text', () => {
    const [family] = base['families'] as Record<string, unknown>[];
    const many = Array.from({ length: PACK_LIMITS.families + 1 }, (_, i) => ({ ...family, id: `f${i}` }));
    expect(problemsOf({ ...base, families: many })).toContain(
      '/families: has 65 families; a pack may declare at most 64',
    );
    const codes = Object.fromEntries(
      Array.from({ length: PACK_LIMITS.codes + 1 }, (_, i) => [`C${i}`, { meaning: { en: 'm' } }]),
    );
    expect(problemsOf({ ...base, codes: { 'contoso-orders': codes } })).toEqual([
      '/codes: has 5001 codes; a pack may explain at most 5000',
    ]);
    const long = { 'contoso-orders': { X: { meaning: { en: 'x'.repeat(PACK_LIMITS.text + 1) } } } };
    expect(problemsOf({ ...base, codes: long })).toEqual([
      '/codes/contoso-orders/X/meaning/en: is 4001 characters; at most 4000 are allowed',
    ]);
  });

  it('escapes member names in pointers and survives __proto__ keys', () => {
    const codes = JSON.parse(
      '{"contoso-orders": {"a/b~c": {"meaning": {}}, "__proto__": {"meaning": {"en": "x"}}}}',
    );
    expect(problemsOf({ ...base, codes })).toEqual([
      '/codes/contoso-orders/a~1b~0c/meaning: must have at least one language',
    ]);
  });
});

describe('pack.schema.json', () => {
  it('describes the members the validator allows', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['$schema', 'codes', 'description', 'faultline', 'families', 'name'].sort(),
    );
    expect(Object.keys(schema.$defs['family']?.properties ?? {}).sort()).toEqual(
      ['docs', 'envelope', 'id', 'label', 'match', 'meaning', 'remediation'].sort(),
    );
    expect(Object.keys(schema.$defs['code']?.properties ?? {}).sort()).toEqual(
      ['docs', 'meaning', 'remediation', 'status'].sort(),
    );
  });
});
