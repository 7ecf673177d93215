import type { CorrelationId } from '../core/finding.ts';
import { useLocale } from './locale.ts';

export function CorrelationIds({ ids }: { ids: CorrelationId[] }) {
  const { t } = useLocale();
  return (
    <section>
      <h3>{t.correlationIds}</h3>
      {ids.length === 0 ? (
        <p class="hint">{t.noIds}</p>
      ) : (
        <dl class="ids">
          {ids.map((id) => (
            <div class="id" key={`${id.source}:${id.name}`}>
              <dt>
                {id.name} <span class="source">{id.source}</span>
              </dt>
              <dd>
                <code data-testid="correlation-id" data-name={id.name}>
                  {id.value}
                </code>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
