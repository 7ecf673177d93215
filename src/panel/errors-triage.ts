import { createErrorGroups, type ErrorGroups } from './error-groups.ts';
import { createErrorsFilter, type ErrorsFilter } from './errors-filter.ts';
import type { FindingsStore } from './findings-store.ts';

/** What the Errors view derives from the findings: the filter, and the groups of what it shows. */
export interface ErrorsTriage {
  filter: ErrorsFilter;
  groups: ErrorGroups;
}

export function createErrorsTriage(findings: FindingsStore): ErrorsTriage {
  const filter = createErrorsFilter(findings);
  return { filter, groups: createErrorGroups(filter) };
}
