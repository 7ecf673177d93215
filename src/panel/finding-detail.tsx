import type { BodyState, Finding } from '../core/finding.ts';

const BODY_NOTES: Partial<Record<BodyState, string>> = {
  'not-captured':
    'Body not captured: the request finished before DevTools opened, or the browser no longer holds its body.',
  'too-large': 'Body not analysed: it is larger than the size Faultline reads.',
  unreadable: 'Body not analysed: it could not be decoded.',
  empty: 'The response had an empty body.',
};

export function FindingDetail({ finding }: { finding: Finding }) {
  const note = BODY_NOTES[finding.bodyState];
  return (
    <section class="detail" data-testid="finding-detail" aria-label="Error detail">
      <h2 class="detail-title">
        <span class="code">{finding.code ?? `HTTP ${finding.status}`}</span>
        <span class="family">{finding.family}</span>
      </h2>
      <p class="detail-request">
        <span class="method">{finding.method}</span> <span class="url">{finding.url}</span> →{' '}
        <span class="status">{finding.status}</span>
      </p>
      {finding.message !== null && (
        <p class="detail-message" data-testid="message">
          {finding.message}
        </p>
      )}
      {note && <p class="hint">{note}</p>}
      <h3>Correlation ids</h3>
      {finding.correlationIds.length === 0 ? (
        <p class="hint">This response carries no correlation id.</p>
      ) : (
        <dl class="ids">
          {finding.correlationIds.map((id) => (
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
