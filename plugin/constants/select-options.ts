// SELECT values shared by the object definitions (plugin/) and the mappers (server/), so the two cannot drift
// (STYLE.md §2.2). Values are UPPER_CASE and never renamed once shipped: Twenty stores the value in each record.
// This module imports nothing, so server code can read it without pulling in twenty-sdk.

type OptionColor = 'green' | 'blue' | 'sky' | 'turquoise' | 'purple' | 'orange' | 'yellow' | 'red' | 'gray' | 'pink';
type OptionSpec = Readonly<Record<string, { readonly label: string; readonly color: OptionColor }>>;

export type SelectOption = { value: string; label: string; color: OptionColor; position: number };

/** The field `options` array for a SELECT built from one spec (position = order in the spec). */
export const toSelectOptions = (spec: OptionSpec): SelectOption[] =>
  Object.entries(spec).map(([value, { label, color }], position) => ({ value, label, color, position }));

/** `{ OPEN: 'OPEN', … }` from a spec, for code that writes the values. */
const valuesOf = <T extends OptionSpec>(spec: T): { readonly [K in keyof T]: K } =>
  Object.fromEntries(Object.keys(spec).map((key) => [key, key])) as { readonly [K in keyof T]: K };

// Sales document types: Metakocka's doc_type upper-cased (API.md §2.8), so the mapper converts without a table.
export const DOCUMENT_TYPE_SPEC = {
  SALES_OFFER: { label: 'Offer', color: 'sky' },
  SALES_ORDER: { label: 'Order', color: 'blue' },
  SALES_BILL_DOMESTIC: { label: 'Domestic invoice', color: 'green' },
  SALES_BILL_FOREIGN: { label: 'Foreign invoice', color: 'turquoise' },
  SALES_BILL_RETAIL: { label: 'Retail invoice', color: 'yellow' },
  SALES_BILL_PREPAID: { label: 'Prepayment invoice', color: 'purple' },
  SALES_BILL_CREDIT_NOTE: { label: 'Credit note', color: 'orange' },
} as const;
export const DOCUMENT_TYPE = valuesOf(DOCUMENT_TYPE_SPEC);
export type DocumentType = keyof typeof DOCUMENT_TYPE_SPEC;

// Sync state of one company, person or opportunity.
export const RECORD_SYNC_STATUS_SPEC = {
  NOT_SYNCED: { label: 'Not synced', color: 'gray' },
  SYNCED: { label: 'Synced', color: 'green' },
  PENDING: { label: 'Pending', color: 'yellow' },
  ERROR: { label: 'Error', color: 'red' },
  CONFLICT: { label: 'Conflict', color: 'orange' },
  EXCLUDED: { label: 'Excluded', color: 'gray' },
  /** The partner filters leave the record out (filters.partners): kept, no longer synced (D63). */
  OUT_OF_SCOPE: { label: 'Outside sync filters', color: 'pink' },
} as const;
export const RECORD_SYNC_STATUS = valuesOf(RECORD_SYNC_STATUS_SPEC);
export type RecordSyncStatus = keyof typeof RECORD_SYNC_STATUS_SPEC;

export const SYNC_STREAM_SPEC = {
  PARTNERS: { label: 'Partners', color: 'blue' },
  PRODUCTS: { label: 'Products', color: 'purple' },
  STOCK: { label: 'Stock', color: 'turquoise' },
  DOCUMENTS: { label: 'Sales documents', color: 'green' },
} as const;
export const SYNC_STREAM = valuesOf(SYNC_STREAM_SPEC);
export type SyncStream = keyof typeof SYNC_STREAM_SPEC;

export const SYNC_DIRECTION_SPEC = {
  PULL: { label: 'Metakocka → Twenty', color: 'blue' },
  PUSH: { label: 'Twenty → Metakocka', color: 'purple' },
  RECONCILE: { label: 'Reconcile', color: 'gray' },
} as const;
export const SYNC_DIRECTION = valuesOf(SYNC_DIRECTION_SPEC);
export type SyncDirection = keyof typeof SYNC_DIRECTION_SPEC;

export const SYNC_TRIGGER_SPEC = {
  SCHEDULE: { label: 'Schedule', color: 'gray' },
  MANUAL: { label: 'Manual', color: 'blue' },
  RECORD_CHANGE: { label: 'Record change', color: 'purple' },
  WEBHOOK: { label: 'Metakocka webhook', color: 'turquoise' },
  WORKFLOW: { label: 'Workflow', color: 'pink' },
  INSTALL: { label: 'Install or upgrade', color: 'yellow' },
} as const;
export const SYNC_TRIGGER = valuesOf(SYNC_TRIGGER_SPEC);
export type SyncTrigger = keyof typeof SYNC_TRIGGER_SPEC;

export const SYNC_RUN_STATUS_SPEC = {
  QUEUED: { label: 'Queued', color: 'gray' },
  RUNNING: { label: 'Running', color: 'blue' },
  PAUSED: { label: 'Paused', color: 'yellow' },
  SUCCEEDED: { label: 'Succeeded', color: 'green' },
  COMPLETED_WITH_ISSUES: { label: 'Completed with issues', color: 'orange' },
  FAILED: { label: 'Failed', color: 'red' },
  CANCELLED: { label: 'Cancelled', color: 'gray' },
} as const;
export const SYNC_RUN_STATUS = valuesOf(SYNC_RUN_STATUS_SPEC);
export type SyncRunStatus = keyof typeof SYNC_RUN_STATUS_SPEC;

export const SYNC_ISSUE_KIND_SPEC = {
  ERROR: { label: 'Error', color: 'red' },
  CONFLICT: { label: 'Conflict', color: 'orange' },
} as const;
export const SYNC_ISSUE_KIND = valuesOf(SYNC_ISSUE_KIND_SPEC);
export type SyncIssueKind = keyof typeof SYNC_ISSUE_KIND_SPEC;

export const SYNC_ISSUE_SEVERITY_SPEC = {
  INFO: { label: 'Info', color: 'sky' },
  WARNING: { label: 'Warning', color: 'yellow' },
  ERROR: { label: 'Error', color: 'orange' },
  CRITICAL: { label: 'Critical', color: 'red' },
} as const;
export const SYNC_ISSUE_SEVERITY = valuesOf(SYNC_ISSUE_SEVERITY_SPEC);
export type SyncIssueSeverity = keyof typeof SYNC_ISSUE_SEVERITY_SPEC;

export const SYNC_ISSUE_STATUS_SPEC = {
  OPEN: { label: 'Open', color: 'red' },
  RESOLVED: { label: 'Resolved', color: 'green' },
  IGNORED: { label: 'Ignored', color: 'gray' },
} as const;
export const SYNC_ISSUE_STATUS = valuesOf(SYNC_ISSUE_STATUS_SPEC);
export type SyncIssueStatus = keyof typeof SYNC_ISSUE_STATUS_SPEC;

export const CREDENTIAL_STATUS_SPEC = {
  UNVERIFIED: { label: 'Not verified yet', color: 'gray' },
  VERIFIED: { label: 'Verified', color: 'green' },
  INVALID: { label: 'Refused by Metakocka', color: 'red' },
} as const;
export const CREDENTIAL_STATUS = valuesOf(CREDENTIAL_STATUS_SPEC);
export type CredentialStatus = keyof typeof CREDENTIAL_STATUS_SPEC;

// The file format of a delivered report or export (issue 19).
export const REPORT_FORMAT_SPEC = {
  CSV: { label: 'CSV', color: 'gray' },
  XLSX: { label: 'Excel (XLSX)', color: 'green' },
} as const;
export const REPORT_FORMAT = valuesOf(REPORT_FORMAT_SPEC);
export type ReportFormat = keyof typeof REPORT_FORMAT_SPEC;

// Whether an invoice is paid (issue 19): kept by the sync for the "paid against unpaid" chart.
export const PAYMENT_STATE_SPEC = {
  PAID: { label: 'Paid', color: 'green' },
  PARTLY_PAID: { label: 'Partly paid', color: 'yellow' },
  UNPAID: { label: 'Unpaid', color: 'red' },
} as const;
export const PAYMENT_STATE = valuesOf(PAYMENT_STATE_SPEC);
export type PaymentState = keyof typeof PAYMENT_STATE_SPEC;
