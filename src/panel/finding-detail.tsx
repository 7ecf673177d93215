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
import { useMemo } from 'preact/hooks';
import { redactFinding } from '../core/redact/redact.ts';

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
  // Screens are shared and screenshotted in support calls: the panel shows what a report would hold.
  const shown = useMemo(() => redactFinding(finding), [finding]);
  return (
    <section class="detail" data-testid="finding-detail" aria-label={shown.code ?? String(shown.status)}>
      <h2 class="detail-title">
        <span class="code">{shown.code ?? `HTTP ${shown.status}`}</span>
        <span class="family">{shown.family}</span>
        <CopyButton text={() => report} label={t.copy.report} testId="copy-report" />
      </h2>
      <p class="detail-request">
        <span class="method">{shown.method}</span> <span class="url">{shown.url}</span> →{' '}
        <span class="status">{shown.status}</span>
      </p>
      {shown.message !== null && (
        <p class="detail-message" data-testid="message">
          {shown.message}
        </p>
      )}
      {note && <p class="hint">{note}</p>}
      <HintList hints={shown.hints} />
      <AnnotationView finding={shown} />
      <h3>{t.report.ids}</h3>
      <IdList ids={shown.correlationIds} />
      <ReportPreview text={report} />
      <NestedFindings nested={shown.nested} />
      {exchange && (
        <ExchangeView
          exchange={exchange}
          requestMarks={requestMarks(shown)}
          responseMarks={[shown.code ?? '', shown.message ?? '']}
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
