import { useEffect, useRef } from 'preact/hooks';
import type { ParsedFilter } from '../core/filter/parse.ts';
import { useLocale } from './locale.ts';

interface Props {
  value: string;
  parsed: ParsedFilter;
  placeholder: string;
  label: string;
  testId: string;
  onInput(text: string): void;
  /** "12 of 95", or nothing while the count is not known. */
  count?: string | undefined;
  /** ArrowDown moves on to the rows the filter shows. */
  onLeave?: () => void;
}

/**
 * The filter box of a view. Ctrl or ⌘+F anywhere in the panel focuses it, as in the Network panel;
 * Escape clears it. Terms that cannot filter are listed as ignored, never refused.
 */
export function FilterBox({ value, parsed, placeholder, label, testId, onInput, count, onLeave }: Props) {
  const { t } = useLocale();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'f' || event.altKey) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const invalid = parsed.terms.filter((term) => term.invalid !== undefined);
  const problemsId = `${testId}-problems`;
  return (
    <div class="filter-bar" role="search">
      <input
        ref={input}
        type="search"
        class="filter-input"
        value={value}
        placeholder={placeholder}
        aria-label={label}
        aria-invalid={invalid.length > 0}
        aria-describedby={invalid.length > 0 ? problemsId : undefined}
        spellcheck={false}
        autocomplete="off"
        data-testid={testId}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault();
            // DevTools opens its console drawer on Escape; the box keeps it.
            event.stopPropagation();
            onInput('');
          } else if (event.key === 'ArrowDown' && onLeave) {
            event.preventDefault();
            onLeave();
          }
        }}
      />
      {count !== undefined && (
        <span class="filter-count" data-testid={`${testId}-count`} aria-live="polite">
          {count}
        </span>
      )}
      {invalid.length > 0 && (
        <span class="filter-problems" id={problemsId} data-testid={`${testId}-invalid`}>
          {invalid.map((term) => t.filter.invalid(term.raw, term.invalid!)).join(' ')}
        </span>
      )}
    </div>
  );
}
