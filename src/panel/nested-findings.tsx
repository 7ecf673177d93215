import type { Finding } from '../model/finding.ts';
import { useLocale } from './locale.ts';

/** The failed sub-responses of a batch, each with its place in the batch and its own code. */
export function NestedFindings({ nested }: { nested: Finding[] }) {
  const { t } = useLocale();
  if (nested.length === 0) return null;
  return (
    <section>
      <h3>{t.nested(nested.length)}</h3>
      <ul class="nested">
        {nested.map((finding, i) => (
          <li
            key={i}
            data-testid="nested-finding"
            data-code={finding.code ?? ''}
            data-status={finding.status}
            data-part={finding.part ?? ''}
          >
            <span class="part">{finding.part}</span> <span class="status">{finding.status}</span>{' '}
            <span class="code">{finding.code || '—'}</span>{' '}
            <span class="message">{finding.message ?? ''}</span>
            {finding.url && (
              <div class="url">
                {finding.method} {finding.url}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
