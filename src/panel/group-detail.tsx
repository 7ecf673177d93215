import type { ReportFormat } from '../core/report/report-item.ts';
import { CopyButton } from './copy-button.tsx';
import type { ErrorGroup } from './error-groups.ts';
import { clockTime } from './format.ts';
import { statusSummary } from './group-row.tsx';
import { useLocale } from './locale.ts';
import { findingItem, reportOf } from './reports.ts';
import { TimeBar } from './time-bar.tsx';
import { useCatalog } from './packs/catalog-context.ts';

/**
 * What a group's header opens: its figures and the group's actions, out of the tree's lines, where a
 * control would be out of reach of the keyboard. The report is one, with every error's ids.
 */
export function GroupDetail({ group, reportFormat }: { group: ErrorGroup; reportFormat: ReportFormat }) {
  const { t } = useLocale();
  const catalog = useCatalog();
  return (
    <section class="detail" data-testid="group-detail" aria-labelledby="group-detail-title">
      <h2 class="detail-title" id="group-detail-title">
        <span class="code">{group.code || '—'}</span>
        <span class="family">{group.host}</span>
      </h2>
      <dl class="group-facts">
        <dt>{t.groups.errors(group.count)}</dt>
        <dd>{statusSummary(group)}</dd>
        <dt>{t.groups.firstSeen}</dt>
        <dd>{clockTime(group.firstMs, true)}</dd>
        <dt>{t.groups.lastSeen}</dt>
        <dd>{clockTime(group.lastMs, true)}</dd>
        <dt>{t.groups.timeline}</dt>
        <dd>
          <TimeBar times={group.times} from={group.firstMs} to={group.lastMs} />
        </dd>
      </dl>
      <CopyButton
        text={() =>
          reportOf(
            group.entries.map((e) => findingItem(e.finding, catalog)),
            reportFormat,
          )
        }
        label={t.groups.copyReport(group.count)}
        testId="copy-group-report"
      />
      <p class="hint">{t.groups.hint}</p>
    </section>
  );
}
