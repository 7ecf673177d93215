import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import redaction from './eslint-redaction.js';

RuleTester.describe = describe;
RuleTester.it = it;

const rule = redaction.rules['no-forged-redaction'];
const forged = [{ messageId: 'forged' }];

describe('no-forged-redaction, reading the file', () => {
  const tester = new RuleTester({
    languageOptions: { parser: tseslint.parser },
  });
  const importRedacted = "import type { Redacted } from '../core/redact/redacted.ts';\n";

  tester.run('no-forged-redaction', rule, {
    valid: [
      {
        code: `${importRedacted}const a = redactText(x); const b = y as string;`,
      },
      {
        code: "import type { Finding } from '../model/finding.ts';\nconst f = x as Finding;",
      },
      { code: 'const a = [1, 2] as const;' },
      { code: 'type Plain = { a: string };\nconst p = x as Plain;' },
    ],
    invalid: [
      {
        code: `${importRedacted}const a = x as Redacted<string>;`,
        errors: forged,
      },
      {
        code: `${importRedacted}const a = <Redacted<string>>x;`,
        errors: forged,
      },
      {
        code: `${importRedacted}const a = x as unknown as Redacted<string>;`,
        errors: forged,
      },
      {
        code: `${importRedacted}const a = x as Redacted<string>[] | null;`,
        errors: forged,
      },
      {
        code: `${importRedacted}const a = x as { report: Array<Redacted<string>> };`,
        errors: forged,
      },
      {
        code: "import type { Redacted as Safe } from '../core/redact/redacted.ts';\nconst a = x as Safe<string>;",
        errors: forged,
      },
      {
        code: "import * as r from '../core/redact/redacted.ts';\nconst a = x as r.Redacted<string>;",
        errors: forged,
      },
      {
        code: `${importRedacted}type Clean = Redacted<string>;\nconst a = x as Clean;`,
        errors: forged,
      },
      {
        // Declared after the alias built on it, two levels deep.
        code: `${importRedacted}const a = x as unknown as Outer;\ntype Outer = { inner: Inner };\ntype Inner = Redacted<string>;`,
        errors: forged,
      },
      {
        code: `${importRedacted}interface Report { id: Redacted<string> }\nconst a = JSON.parse(s) as Report;`,
        errors: forged,
      },
      {
        code: `${importRedacted}interface Base { id: Redacted<string> }\ninterface Report extends Base { n: number }\nconst a = x as Report;`,
        errors: forged,
      },
    ],
  });
});

// With the checker: an alias imported from another module is seen through.
const dir = mkdtempSync(join(tmpdir(), 'faultline-lint-'));
mkdirSync(join(dir, 'redact'));
writeFileSync(
  join(dir, 'redact', 'redacted.ts'),
  `declare const redacted: unique symbol;
interface Brand { readonly [redacted]: true }
export type Redacted<T> = T extends string ? T & Brand : T extends object ? { [K in keyof T]: Redacted<T[K]> } : T;
`,
);
writeFileSync(
  join(dir, 'report.ts'),
  `import type { Redacted } from './redact/redacted.ts';
export interface Item { title: string; ids: Redacted<string>[] }
export type Items = readonly Item[];
export interface Plain { title: string; count: number; at: Date }
export interface Marker { at: string; url: Redacted<string> }
export type Row = Item | Marker;
`,
);
writeFileSync(join(dir, 'case.ts'), '');
writeFileSync(
  join(dir, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      allowImportingTsExtensions: true,
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2023', 'DOM'],
    },
    files: ['redact/redacted.ts', 'report.ts', 'case.ts'],
  }),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Cases are linted as the file case.ts of that program. */
const typedTester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    // CI=true makes typescript-eslint build one program from the files on disk (case.ts is empty there)
    // and never see the code under test; RuleTester's code must be parsed as given.
    parserOptions: {
      project: './tsconfig.json',
      tsconfigRootDir: dir,
      disallowAutomaticSingleRunInference: true,
    },
  },
});
const filename = join(dir, 'case.ts');

describe('no-forged-redaction, with the type checker', () => {
  const importReport = "import type { Item, Items, Marker, Plain, Row } from './report.ts';\n";

  typedTester.run('no-forged-redaction', rule, {
    valid: [
      {
        code: `${importReport}export const a = JSON.parse('{}') as Plain;`,
        filename,
      },
      {
        code: `${importReport}export const a = document.body as HTMLElement;`,
        filename,
      },
      { code: `${importReport}export const a = [1] as number[];`, filename },
      // Narrowing a union of redacted types: nothing is forged.
      {
        code: `${importReport}declare const rows: Row[];\nexport const a = rows[0] as Marker;`,
        filename,
      },
    ],
    invalid: [
      {
        code: `${importReport}export const a = JSON.parse('{}') as Item;`,
        filename,
        errors: forged,
      },
      {
        code: `${importReport}export const a = JSON.parse('[]') as unknown as Items;`,
        filename,
        errors: forged,
      },
      {
        code: `${importReport}export const a = JSON.parse('{}') as { item: Item | null };`,
        filename,
        errors: forged,
      },
      {
        code: `${importReport}declare const p: Plain;\nexport const a = p as unknown as Marker;`,
        filename,
        errors: forged,
      },
      {
        code: `${importReport}declare const p: { title: string; ids: string[] };\nexport const a = p as Item;`,
        filename,
        errors: forged,
      },
    ],
  });
});

describe('no-forged-redaction, following any with the type checker', () => {
  const head =
    "import type { Redacted } from './redact/redacted.ts';\n" +
    "import type { Item, Marker, Plain } from './report.ts';\n" +
    'declare const x: any;\ndeclare const m: Marker;\ndeclare function store(item: Item): void;\n';
  const reaches = (code: string) => ({
    code: head + code,
    filename,
    errors: [{ messageId: 'any' }],
  });

  typedTester.run('no-forged-redaction', rule, {
    valid: [
      // Where nothing carries the brand, any is the compiler's business, not this rule's.
      { code: `${head}export const p: Plain = JSON.parse('{}');`, filename },
      {
        code: `${head}export const n: number = x;\nexport const s: string = x;`,
        filename,
      },
      {
        code: `${head}declare const o: { at: any; url: Marker['url'] };\nexport const n: Marker = o;`,
        filename,
      },
      // A redacted value handed to any, or on to a redacted place, forges nothing.
      {
        code: `${head}declare function log(...values: any[]): void;\nlog(m);\nconsole.log(m);`,
        filename,
      },
      {
        code: `${head}const same = <T,>(value: T) => value;\nexport const n: Marker = same(m);`,
        filename,
      },
      { code: `${head}export const n: Marker = { ...m, at: x };`, filename },
    ],
    invalid: [
      reaches('export const a: Redacted<string> = JSON.parse(\'""\');'),
      reaches('export const a: Redacted<string> = x;'),
      reaches('export const a: Item = {} as any;'),
      reaches('store(x);'),
      reaches("store(JSON.parse('{}'));"),
      reaches("export const n: Marker = { at: '', url: x };"),
      reaches("const url: any = '';\nexport const n: Marker = { at: '', url };"),
      reaches("export const n: Marker = { at: '', ...x };"),
      reaches('export const ids: Redacted<string>[] = [x];'),
      reaches('declare const xs: any[];\nexport const ids: Item["ids"] = xs;'),
      reaches('declare const o: { at: string; url: any };\nexport const n: Marker = o;'),
      reaches('declare const p: Promise<any>;\nexport const a: Promise<Item> = p;'),
      reaches('declare let target: Marker;\ntarget.url = x;'),
      reaches("export function url(): Marker['url'] {\n  return x;\n}"),
      reaches("export async function item(): Promise<Item> {\n  return JSON.parse('{}');\n}"),
      reaches("export const read: () => Marker = () => JSON.parse('{}');"),
      reaches('export function show(marker: Marker = x) {\n  return marker;\n}'),
      reaches('export class Row {\n  marker: Marker = x;\n}'),
      reaches('export const pending = new Map<string, Marker>([["a", x]]);'),
    ],
  });
});
