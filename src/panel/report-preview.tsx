import { useLocale } from './locale.ts';

/** The placeholders redaction leaves; marked so the user sees what will not be sent. */
const REDACTED = /\[REDACTED[^\]\n]{0,40}\]/g;

/** What the copy button will put on the clipboard, with the redacted parts marked. */
export function ReportPreview({ text }: { text: string }) {
  const { t } = useLocale();
  const parts: (string | { redacted: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(REDACTED)) {
    parts.push(text.slice(last, match.index), { redacted: match[0] });
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return (
    <details class="report-preview">
      <summary>{t.copy.preview}</summary>
      <pre data-testid="report-preview">
        {parts.map((part, i) =>
          typeof part === 'string' ? (
            part
          ) : (
            <mark key={i} class="redacted" data-testid="redacted" title={t.copy.redactedTitle}>
              {part.redacted}
            </mark>
          ),
        )}
      </pre>
    </details>
  );
}
