import type { Hint } from '../model/hint.ts';
import { describeHint, QUOTES } from '../i18n/hint-sentences.ts';
import { useLocale } from './locale.ts';

export function HintList({ hints }: { hints: Hint[] }) {
  const { lang, t } = useLocale();
  if (hints.length === 0) return null;
  return (
    <section class="hints">
      <h3>{t.hints}</h3>
      <ul>
        {hints.map((hint, i) => (
          <li key={i} class="hint-item" data-testid="hint" data-kind={hint.kind}>
            {describeHint(hint, lang, QUOTES[lang])}
          </li>
        ))}
      </ul>
    </section>
  );
}
