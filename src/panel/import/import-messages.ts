import type { ExchangePreview } from '../../core/ingest/preview.ts';
import type { Redacted } from '../../core/redact/redacted.ts';
import type { Finding } from '../../model/finding.ts';
import type { Pack } from '../../core/packs/pack.ts';
import type { HarProblem } from '../../core/ingest/har-input-error.ts';

/** How far an import has got: bytes of the file read, entries read, findings made. */
export interface ImportProgress {
  read: number;
  total: number;
  entries: number;
  findings: number;
}

/** The panel asks the worker to read one file, with the team packs enabled in Settings → Packs. */
export interface ImportRequest {
  file: File;
  packs: readonly Pack[];
}

/** What the worker says back: findings in batches as they are found, then the end or the problem. */
export type ImportReport =
  | {
      kind: 'findings';
      found: { finding: Finding; exchange: Redacted<ExchangePreview> }[];
      progress: ImportProgress;
    }
  | { kind: 'done'; progress: ImportProgress; malformed: number }
  /** `problem` when the file is not a HAR, else the browser's own `detail` (a file it could not read). */
  | { kind: 'failed'; problem: HarProblem | null; detail: string | null; progress: ImportProgress };
