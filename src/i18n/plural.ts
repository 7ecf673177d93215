import type { Lang } from '../core/catalog/types.ts';

const rules = new Map<Lang, Intl.PluralRules>();

/** The form of a noun for `count` by the language's own plural rules (Japanese has one form). */
export function plural(lang: Lang, count: number, forms: { one: string; other: string }): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return rule.select(count) === 'one' ? forms.one : forms.other;
}

/** `count` and its noun in English-like languages: "1 entry", "2 entries". */
export function counted(lang: Lang, count: number, forms: { one: string; other: string }): string {
  return `${count} ${plural(lang, count, forms)}`;
}
