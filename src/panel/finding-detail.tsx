import type { ExchangePreview } from '../core/ingest/preview.ts';
import type { Finding } from '../model/finding.ts';
import type { ReportFormat } from '../core/report/report-item.ts';
import { AnnotationView } from './annotation-view.tsx';
import { CopyButton } from './copy-button.tsx';
import { ExchangeView } from './exchange-view.tsx';
import { HintList } from './hint-list.tsx';
import { IdList } from './id-list.tsx';
import { useLocale } from './locale.ts';
import { NestedFindings } from './nested-findings.tsx';
import { ReportPreview } from './report-preview.tsx';
import { findingItem, reportOf } from './reports.ts';
import { useCatalog } from './packs/catalog-context.ts';

interface Props {
  finding: Finding;
  exchange: ExchangePreview | undefined;
  reportFormat: ReportFormat;
}

export function FindingDetail({ finding, exchange, reportFormat }: Props) {
  const { t } = useLocale();
  const catalog = useCatalog();
  const note = finding.bodyState === 'analyzed' ? undefined : t.bodyNotes[finding.bodyState];
  const report = reportOf([findingItem(finding, catalog)], reportFormat);
  return (
    <section class="detail" data-testid="finding-detail" aria-label={finding.code ?? String(finding.status)}>
      <h2 class="detail-title">
        <span class="code">{finding.code ?? `HTTP ${finding.status}`}</span>
        <span class="family">{finding.family}</span>
        <CopyButton text={() => report} label={t.copy.report} testId="copy-report" />
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
      <h3>{t.report.ids}</h3>
      <IdList ids={finding.correlationIds} />
      <ReportPreview text={report} />
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
