// Every report template, in the order the report page lists them (issue 19 step 3).
import { catalogued, SyncError } from 'server/errors';

import { receivablesAging } from './receivables';
import { conversion, salesByCustomer, salesByMonth, salesByProduct } from './sales';
import { stock } from './stock';
import { syncHealth } from './sync-health';
import type { ReportTemplate } from './template';

export const REPORT_TEMPLATES: readonly ReportTemplate[] = [
  salesByMonth,
  salesByCustomer,
  salesByProduct,
  conversion,
  receivablesAging,
  stock,
  syncHealth,
];

export class UnknownTemplateError extends SyncError {
  readonly code = 'REPORT_UNKNOWN_TEMPLATE';
  readonly retryable = false;
  constructor(template: string) {
    super(catalogued('REPORT_UNKNOWN_TEMPLATE', { template }), 'Pick a template from the report page.');
  }
}

export function templateById(id: unknown): ReportTemplate {
  const found = REPORT_TEMPLATES.find((template) => template.id === id);
  if (!found) throw new UnknownTemplateError(String(id));
  return found;
}
