import type { ExchangePreview } from '../core/exchange-preview.ts';
import type { Finding } from '../core/finding.ts';
import { AnnotationView } from './annotation-view.tsx';
import { CorrelationIds } from './correlation-ids.tsx';
import { ExchangeView } from './exchange-view.tsx';
import { HintList } from './hint-list.tsx';
import { useLocale } from './locale.ts';
import { NestedFindings } from './nested-findings.tsx';

interface Props {
  finding: Finding;
  exchange: ExchangePreview | undefined;
}

export function FindingDetail({ finding, exchange }: Props) {
  const { t } = useLocale();
  const note = finding.bodyState === 'analyzed' ? undefined : t.bodyNotes[finding.bodyState];
  return (
    <section class="detail" data-testid="finding-detail" aria-label={finding.code ?? String(finding.status)}>
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
      <HintList hints={finding.hints} />
      <AnnotationView finding={finding} />
      <CorrelationIds ids={finding.correlationIds} />
      <NestedFindings nested={finding.nested} />
      {exchange && (
        <ExchangeView
          exchange={exchange}
          requestMarks={requestMarks(finding)}
          responseMarks={[finding.code ?? '', finding.message ?? '']}
        />
      )}
    </section>
  );
}

/** What a hint points at in the request: the wrong-case key, the value the message quotes. */
function requestMarks(finding: Finding): string[] {
  return finding.hints.flatMap((hint) => {
    if (hint.kind === 'parameterCaseMismatch') return [`"${hint.sent}"`];
    if (hint.kind === 'valueInRequest') return [hint.value];
    return [];
  });
}
