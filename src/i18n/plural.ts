import type { Lang } from '../core/catalog/types.ts';

const rules = new Map<Lang, Intl.PluralRules>();

/** The form of a noun for `count` by the language's own plural rules (Japanese has one form). */
export function plural(lang: Lang, count: number, forms: { one: string; other: string }): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return rule.select(count) === 'one' ? forms.one : forms.other;
}
