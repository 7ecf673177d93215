import type { CorrelationId } from '../model/finding.ts';
import { redactText } from '../core/redact/redact.ts';
import { CopyButton } from './copy-button.tsx';
import { useLocale } from './locale.ts';
import { visibleId } from './visible-id.ts';

/**
 * Each id by name, its exact value as text, and a button that copies exactly that value: a plain id
 * passes redaction unchanged, one that carries a credential (`Bearer …` echoed back) does not.
 */
export function IdList({ ids }: { ids: CorrelationId[] }) {
  const { t } = useLocale();
  if (ids.length === 0) return <p class="hint">{t.report.noIds}</p>;
  return (
    <dl class="ids">
      {ids.map((id) => {
        const shown = visibleId(id.value);
        return (
          <div class="id" key={`${id.source}:${id.name}`}>
            <dt>
              {id.name} <span class="source">{id.source}</span>
            </dt>
            <dd>
              <code
                data-testid="correlation-id"
                data-name={id.name}
                title={shown === id.value ? undefined : shown}
              >
                {id.value}
              </code>
              {shown !== id.value && (
                <span class="invisible-warning" data-testid="invisible-chars">
                  {shown}
                </span>
              )}
              <CopyButton
                text={() => redactText(id.value)}
                label={t.copy.id}
                testId="copy-id"
                title={`${t.copy.id}: ${id.name}`}
              />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
