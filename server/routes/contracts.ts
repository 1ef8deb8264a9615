// Request and answer shapes of every route, by area (issue 13 item 1). The request schemas are what the server
// validates with; ui/ imports this module for types only (STYLE.md §2.1), so no zod reaches a front component.
import { z } from 'zod';

import { MAX_OPPORTUNITY_DOCUMENT_LINES as MAX_LINES } from 'plugin/constants/document-lines';
import type { LastDelivery } from 'server/alerts/delivery';
import type { AlertSettings } from 'server/alerts/settings';
import type { DeliveryOutcome } from 'server/alerts/webhook';

import { SYNC_RUN_STATUS_SPEC, type SyncRunStatus } from 'plugin/constants/select-options';
import type { NamedMember } from 'server/credentials/member-names';
import type { CredentialSummary, PersonalStatus } from 'server/credentials/personal';
import type { ConnectionReport } from 'server/credentials/connection';
import type { Health } from 'server/credentials/health';
import type { OrgCredentialFacts } from 'server/credentials/org-credentials';
import type { CredentialPolicy } from 'server/credentials/policy';
import type { RotationOutcome } from 'server/credentials/rotation';
import type { PreviewOutcome, PreviewStatus } from 'plugin/constants/sync-settings';
import type { LanguageFacts } from 'server/language/choice';
import type { OnboardingChecklist } from 'server/onboarding/checklist';
import type { StoredExport } from 'server/exports/store';
import type { ReportEstimate } from 'server/reports/engine';
import type { ReportJobView } from 'server/reports/report-jobs';
import type { ParameterSpec } from 'server/reports/parameters';
import type { ReportChart, ReportColumn, ReportResult } from 'server/reports/report';
import type { ReportTemplateId } from 'server/reports/template';
import type { SavedReportView } from 'server/reports/saved-reports';
import type { KpiSeries, KpiTargetsDocument } from 'server/reports/kpis';
import { STREAMS, type StreamName, type SyncSettings } from 'server/settings/schema';
import type { RunCounts } from 'server/sync/checkpoints';

/** Every refusal: what is wrong, what to do, a stable code; a failed connection check adds its report. */
export interface RouteFailure {
  error: string;
  action: string;
  code?: string;
  report?: ConnectionReport;
}

/** Routes that take no body (reads, deletes of the caller's own data, key rotation, health). */
export const noRequest = z.object({});

// Credentials and health. The routes read the body with these schemas (a wrong shape is refused naming the field); the
// credential services then check the values, with the messages the settings page shows (server/credentials).
export const organisationCredentialsRequest = z.object({
  endpoint: z.enum(['production', 'development', 'custom']),
  customUrl: z.string().optional(),
  companyId: z.string(),
  /** Write-only: empty keeps the stored key. */
  secretKey: z.string().optional(),
});
/** The connection test takes the organisation form, or nothing to test the stored set. */
export const connectionTestRequest = organisationCredentialsRequest.partial();
export const personalCredentialRequest = z.object({
  companyId: z.string(),
  secretKey: z.string(),
  label: z.string().optional(),
});
export const revokeMemberCredentialRequest = z.object({ ownerWorkspaceMemberId: z.string() });
export const policySaveRequest = z.object({ policy: z.unknown() });

export type OrganisationCredentialsForm = z.infer<typeof organisationCredentialsRequest>;
export type PersonalCredentialForm = z.infer<typeof personalCredentialRequest>;

export type OrganisationCredentialsAnswer = OrgCredentialFacts;
export type OrganisationSaveAnswer = { saved: true; facts: OrgCredentialFacts; report: ConnectionReport };
export type ConnectionTestAnswer = ConnectionReport;
export type MyCredentialAnswer = PersonalStatus;
export type MyCredentialSaveAnswer = { saved: true; credential: CredentialSummary; report: ConnectionReport };
export const myCredentialDeleteAnswer = z.object({ deleted: z.boolean() });
export type MyCredentialDeleteAnswer = z.infer<typeof myCredentialDeleteAnswer>;
/** memberName: the workspace member's name (or e-mail) as Twenty has it; null when Twenty has none. */
export type MemberCredentialsAnswer = {
  credentials: Array<CredentialSummary & { memberName: string | null }>;
  policy: CredentialPolicy;
};
export const revokeAnswer = z.object({ revoked: z.literal(true) });
export type RevokeAnswer = z.infer<typeof revokeAnswer>;
export type PolicyAnswer = { policy: CredentialPolicy };
export type RotateKeyAnswer = RotationOutcome;
export type HealthAnswer = Health;
/** The onboarding checklist (issue 20): each step's state from the install's data, and where the admin left off. */
export type OnboardingAnswer = OnboardingChecklist;

// Sync.
export const runSyncRequest = z.object({
  streams: z.array(z.enum(STREAMS)).min(1).optional(),
  dryRun: z.boolean().optional(),
});
export const recordActionRequest = z.object({
  action: z.enum(['resync', 'unlink', 'exclude', 'include']),
  object: z.enum(['company', 'person', 'metakockaProduct']),
  recordId: z.string().uuid(),
});
export const linkPartnerRequest = z
  .object({
    object: z.enum(['company', 'person']),
    recordId: z.string().uuid(),
    partnerCode: z.string().trim().max(100).optional(),
    taxNumber: z.string().trim().max(50).optional(),
  })
  .refine((r) => Boolean(r.partnerCode) !== Boolean(r.taxNumber), {
    message: 'give exactly one of partnerCode and taxNumber',
  });
export const resolveConflictRequest = z.object({ issueId: z.string().uuid(), keep: z.enum(['twenty', 'metakocka']) });

export type RunSyncRequest = z.infer<typeof runSyncRequest>;
export type RecordActionRequest = z.infer<typeof recordActionRequest>;
export type LinkPartnerRequest = z.infer<typeof linkPartnerRequest>;
export type ResolveConflictRequest = z.infer<typeof resolveConflictRequest>;

// Answers where the shape is the app's own; answers made of a service's record keep that record's type.
export const runSyncAnswer = z.object({
  runs: z.array(
    z.object({ stream: z.enum(STREAMS), runId: z.string(), status: z.enum(['started', 'already-running']) }),
  ),
});
export const recordActionAnswer = z.object({ ok: z.literal(true), detail: z.string() });
export const linkPartnerAnswer = recordActionAnswer.extend({
  partner: z.object({ mkId: z.string(), code: z.string(), name: z.string() }),
});
export const resolveConflictAnswer = z.object({
  resolved: z.string(),
  field: z.string(),
  kept: resolveConflictRequest.shape.keep,
});

export type RunSyncAnswer = z.infer<typeof runSyncAnswer>;
export type RecordActionAnswer = z.infer<typeof recordActionAnswer>;
export type LinkPartnerAnswer = z.infer<typeof linkPartnerAnswer>;
export type ResolveConflictAnswer = z.infer<typeof resolveConflictAnswer>;

// Documents.
const documentId = z.string().uuid();
export const fromOpportunityRequest = z.object({
  opportunityId: z.string().uuid(),
  documentType: z.enum(['SALES_OFFER', 'SALES_ORDER']),
  lines: z
    .array(
      z.object({
        productId: z.string().uuid(),
        quantity: z.union([z.string(), z.number()]).transform(String),
        discountPercent: z.union([z.string(), z.number()]).transform(String).optional(),
        /** Net unit price; the product's net price when left out. */
        unitPrice: z.union([z.string(), z.number()]).transform(String).optional(),
      }),
    )
    .min(1, 'Pick at least one product line.')
    .max(MAX_LINES, {
      error: (issue) =>
        `A document made from an opportunity has at most ${MAX_LINES} lines, and this one has ${(issue.input as unknown[]).length}. ` +
        `Make it with the first ${MAX_LINES} lines and add the rest in Metakocka, or make a second document for them`,
    }),
});
export const documentActionRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('push'), documentId }),
  z.object({
    action: z.literal('change-status'),
    documentId,
    statusCode: z.string().trim().min(1, 'Give the status as Metakocka names it.'),
  }),
  z.object({ action: z.literal('delete'), documentId }),
  // reportId: the company's own print-out for offers/orders (pdf.ts BILL_REPORT_ID explains why there is no default).
  z.object({
    action: z.literal('get-pdf'),
    documentId,
    reportId: z.string().trim().regex(/^\d+$/, 'A Metakocka report id is a number, e.g. 38.').optional(),
  }),
  fromOpportunityRequest.extend({ action: z.literal('create-from-opportunity') }),
]);

export type DocumentActionRequest = z.infer<typeof documentActionRequest>;
export type FromOpportunityRequest = z.infer<typeof fromOpportunityRequest>;

export const documentActionAnswer = z.object({
  ok: z.literal(true),
  documentId: z.string(),
  message: z.string(),
  metakockaId: z.string().optional(),
  countCode: z.string().optional(),
  /** get-pdf: the attachment on the document that holds the PDF, and its file name. */
  attachmentId: z.string().optional(),
  filename: z.string().optional(),
});
export type DocumentActionAnswer = z.infer<typeof documentActionAnswer>;

// Issue inbox (issue 17). A filter is what Twenty filters by (server/inbox/filter.ts); `search` looks in the message,
// the record's name and the Metakocka id.
const ISSUE_STATUSES = ['OPEN', 'RESOLVED', 'IGNORED'] as const;
const ISSUE_KINDS = ['ERROR', 'CONFLICT'] as const;
const ISSUE_SEVERITIES = ['CRITICAL', 'ERROR', 'WARNING', 'INFO'] as const;
const STREAM_VALUES = ['PARTNERS', 'PRODUCTS', 'DOCUMENTS'] as const;
const shortText = z.string().trim().min(1).max(200);
export const inboxFilter = z
  .object({
    status: z.array(z.enum(ISSUE_STATUSES)).max(3).optional(),
    kind: z.array(z.enum(ISSUE_KINDS)).max(2).optional(),
    stream: z.array(z.enum(STREAM_VALUES)).max(3).optional(),
    severity: z.array(z.enum(ISSUE_SEVERITIES)).max(4).optional(),
    errorCode: z.array(shortText).max(20).optional(),
    causeKey: shortText.optional(),
    recordObject: z.array(shortText).max(10).optional(),
    conflictField: shortText.optional(),
    /** Last seen on or after / before, ISO 8601. */
    seenFrom: z.iso.datetime({ offset: true }).optional(),
    seenTo: z.iso.datetime({ offset: true }).optional(),
    search: z.string().trim().max(200).optional(),
  })
  .strict();
export const INBOX_SORTS = ['lastSeenAt', 'firstSeenAt', 'attempts', 'recordName', 'errorCode'] as const;
export const inboxReadRequest = z.discriminatedUnion('what', [
  z.object({
    what: z.literal('page'),
    filter: inboxFilter.default({}),
    sort: z.object({ by: z.enum(INBOX_SORTS), direction: z.enum(['asc', 'desc']) }).optional(),
    /** The cursor of the page to continue after (forward) or before (backward). */
    after: z.string().max(2000).optional(),
    before: z.string().max(2000).optional(),
    pageSize: z.number().int().min(1).max(100).optional(),
  }),
  z.object({ what: z.literal('groups'), filter: inboxFilter.default({}) }),
  z.object({ what: z.literal('job'), jobId: z.string().regex(/^[\w-]{8,64}$/) }),
  z.object({ what: z.literal('conflict'), issueId: z.string().uuid() }),
  /** Issues opened this Ljubljana week against last week, per class. */
  z.object({ what: z.literal('weeks') }),
  /** The filtered list as a CSV file on a report record; the answer links it. */
  z.object({
    what: z.literal('export'),
    filter: inboxFilter.default({}),
    sort: z.object({ by: z.enum(INBOX_SORTS), direction: z.enum(['asc', 'desc']) }).optional(),
  }),
]);
const issueTarget = z.union([
  z.object({ ids: z.array(z.string().uuid()).min(1).max(200) }),
  z.object({ filter: inboxFilter }),
]);
export const inboxActRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('retry'), target: issueTarget }),
  z.object({ action: z.literal('resolve'), target: issueTarget }),
  z.object({ action: z.literal('ignore'), target: issueTarget, reason: z.string().trim().min(3).max(500) }),
]);
const keepSide = z.enum(['twenty', 'metakocka', 'merged']);
export const inboxConflictsRequest = z.discriminatedUnion('op', [
  /** Per field: one choice per conflict issue (a partner field, or a whole document). */
  z.object({
    op: z.literal('choose'),
    choices: z
      .array(z.object({ issueId: z.string().uuid(), keep: keepSide, value: z.string().max(2000).optional() }))
      .min(1)
      .max(50),
  }),
  /** Every open conflict on one field (within a filter) keeps one side. */
  z.object({
    op: z.literal('bulk'),
    field: shortText,
    keep: z.enum(['twenty', 'metakocka']),
    filter: inboxFilter.default({}),
  }),
  /** Puts back the value that lost when the conflict was settled. */
  z.object({ op: z.literal('restore'), issueId: z.string().uuid() }),
]);

export type InboxFilter = z.infer<typeof inboxFilter>;
export type InboxSort = NonNullable<Extract<z.infer<typeof inboxReadRequest>, { what: 'page' }>['sort']>;
export type InboxReadRequest = z.infer<typeof inboxReadRequest>;
export type InboxActRequest = z.infer<typeof inboxActRequest>;
export type InboxConflictsRequest = z.infer<typeof inboxConflictsRequest>;
export type ConflictKeep = z.infer<typeof keepSide>;

/** One issue as the inbox lists it. */
export interface InboxIssue {
  id: string;
  kind: 'ERROR' | 'CONFLICT';
  status: 'OPEN' | 'RESOLVED' | 'IGNORED';
  severity: string;
  stream: string;
  errorCode: string;
  causeKey: string;
  recordObject: string | null;
  recordId: string | null;
  recordName: string | null;
  metakockaId: string | null;
  message: string;
  suggestedAction: string | null;
  attempts: number;
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  ignoredReason: string | null;
  conflictField: string | null;
  /** The run that first raised it and the last that saw it (sync console, issue 16); none on older issues. */
  firstRunId: string | null;
  lastRunId: string | null;
}
export interface InboxPageAnswer {
  issues: InboxIssue[];
  totalCount: number;
  /** Cursors for the next and the previous page; null at either end. */
  next: string | null;
  previous: string | null;
}
/** Issues opened per class in this Ljubljana week (from Monday) and in the week before; dates are YYYY-MM-DD. */
export interface InboxWeeksAnswer {
  thisWeekFrom: string;
  lastWeekFrom: string;
  classes: Array<{ kind: 'ERROR' | 'CONFLICT'; thisWeek: number; lastWeek: number }>;
}
export interface InboxGroupsAnswer {
  groups: Array<{ causeKey: string; count: number }>;
  /** True when there are more causes than shown. */
  more: boolean;
}
/** Why an issue was not acted on; the page renders each in the reader's language. */
export type NotDoneReason =
  | 'not-an-error'
  | 'no-record'
  | 'record-missing'
  | 'record-excluded'
  | 'already-resolved'
  | 'gone-from-metakocka'
  | 'not-a-conflict'
  | 'refused';
export interface ActionTally {
  action: InboxActRequest['action'] | 'keep-twenty' | 'keep-metakocka';
  done: number;
  notDone: Partial<Record<NotDoneReason, number>>;
}
export type InboxActAnswer = ({ mode: 'done' } & ActionTally) | { mode: 'job'; jobId: string; total: number };
export interface InboxJob extends ActionTally {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  startedAt: string;
  finishedAt: string | null;
  failure: string | null;
}
export interface ConflictSide {
  value: string | null;
  changedAt: string | null;
}
export interface ConflictField {
  issueId: string;
  field: string;
  twenty: ConflictSide;
  metakocka: ConflictSide;
  /** True when a typed value can be written to both sides (a partner field; documents are kept whole, D41). */
  mergeable: boolean;
}
export interface ConflictResolutionRecord {
  keep: ConflictKeep;
  kept: string | null;
  lost: { side: 'twenty' | 'metakocka'; value: string | null }[];
  by: string | null;
  at: string;
  restoredAt?: string;
}
export interface ConflictAnswer {
  recordObject: string;
  recordId: string;
  recordName: string | null;
  metakockaId: string | null;
  /** Twenty's `updatedBy` of the record: who last edited it (Twenty keeps no per-field author). */
  lastEditedBy: string | null;
  lastEditedAt: string | null;
  fields: ConflictField[];
  /** Conflicts of this record already settled, with the value that lost (restorable). */
  settled: Array<{ issueId: string; field: string; resolution: ConflictResolutionRecord }>;
}
export interface InboxExportAnswer {
  fileUrl: string;
  fileName: string;
  recordPath: string;
  rowCount: number;
  /** True when the filter matched more issues than one file holds (MAX_EXPORT_ROWS). */
  truncated: boolean;
}
export type InboxConflictsAnswer =
  | { op: 'choose'; resolved: string[] }
  | ({ op: 'bulk'; mode: 'done' } & ActionTally)
  | { op: 'bulk'; mode: 'job'; jobId: string; total: number }
  | { op: 'restore'; restored: string };

// Settings. A save sends part of the settings document, or the id of a finished impact preview to apply exactly the
// settings it previewed; the merged result is checked against the settings schema (server/settings/schema.ts), which
// names each wrong setting.
export const settingsChangeRequest = z.record(z.string(), z.unknown());
export const settingsSaveFromPreviewRequest = z.strictObject({ previewId: z.string().min(1) });
export const settingsSaveRequest = z.union([settingsSaveFromPreviewRequest, settingsChangeRequest]);

export type SettingsChange = z.infer<typeof settingsChangeRequest>;
export type SettingsSaveRequest = z.infer<typeof settingsSaveRequest>;

export interface SettingsReadAnswer {
  settings: SyncSettings;
  defaults: SyncSettings;
  /** Present when the stored document holds settings this version does not know; they are ignored. */
  warning?: { ignoredKeys: string[]; message: string };
}
export type SettingsSaveAnswer = {
  settings: SyncSettings;
  /** The preview whose settings were applied; the next run of each previewed stream is compared with it. */
  appliedPreviewId?: string;
  /** Streams running while the settings were saved: they keep the settings they started with; the change applies
   *  from their next run. */
  runningStreams?: StreamName[];
};
export type SettingsResetAnswer = SettingsSaveAnswer;

/** Distinct category names on the products in Twenty, most used first; `truncated` when more products exist than
 *  were read (the list is then incomplete, and typed entry still works). */
export interface ProductCategoriesAnswer {
  categories: Array<{ name: string; products: number }>;
  productsRead: number;
  truncated: boolean;
}

// Impact preview (issue 16 item 2). Start takes a change like a save; status and cancel take the preview's id
// (status: GET ?previewId=…, the newest preview when left out).
export const previewStartRequest = z.strictObject({
  change: settingsChangeRequest,
  /** Preview these streams; by default those the change affects (server/sync/preview/affected-streams.ts). */
  streams: z.array(z.enum(STREAMS)).min(1).optional(),
});
export const previewIdRequest = z.strictObject({ previewId: z.string().min(1) });

export type PreviewStartRequest = z.infer<typeof previewStartRequest>;
export type PreviewIdRequest = z.infer<typeof previewIdRequest>;

/** One record a preview would touch, as an example. */
export interface PreviewExample {
  object: 'company' | 'person' | 'metakockaProduct' | 'metakockaSalesDocument';
  /** The Twenty record, when Twenty holds it. */
  recordId: string | null;
  metakockaId: string | null;
  name: string | null;
}

export interface PreviewStreamReport {
  stream: StreamName;
  /** The dry run's own run id (never a real run's; its checkpoints are apart from the real ones). */
  runId: string;
  status: PreviewStatus;
  recordsDone: number;
  recordsEstimated: number | null;
  counts: Record<PreviewOutcome, number> & { failed: number; skipped: number };
  /** Up to five examples of each outcome. */
  examples: Record<PreviewOutcome, PreviewExample[]>;
  /** Documents read and then dropped by the date filter: offer searches refuse date filters (API.md §4, §6 item 19),
   *  so offers are filtered after reading, and each one costs its share of a search call. */
  readThenFiltered: number;
  /** Calls this preview made, by Metakocka method, and to Twenty (reads only). */
  apiCalls: { metakocka: Record<string, number>; twenty: number };
  /** What a real run with these settings would cost: the preview's Metakocka calls, Twenty reads plus the writes it
   *  would send (batchSize records each), and its time at the measured pace. */
  estimate: { metakockaCalls: number; twentyCalls: number; seconds: number };
  errorSummary: string | null;
}

export interface PreviewAnswer {
  previewId: string;
  status: PreviewStatus;
  startedAt: string;
  finishedAt: string | null;
  startedBy: string | null;
  /** The change as sent, and the whole document it gives: what a save with this preview's id applies. */
  change: SettingsChange;
  settings: SyncSettings;
  streams: PreviewStreamReport[];
  /** The stored settings changed since the preview started: saving it is refused; start a new preview. */
  stale: boolean;
}
export type PreviewStartAnswer = PreviewAnswer;
export type PreviewStatusAnswer = PreviewAnswer;
export type PreviewCancelAnswer = PreviewAnswer;

// Sync console (issue 16). Every route is a POST with a JSON body; answers carry codes, numbers and ISO instants (UTC),
// never sentences: the console renders them in the member's language and in Europe/Ljubljana.
const stream = z.enum(STREAMS);
const runStatus = z.enum(Object.keys(SYNC_RUN_STATUS_SPEC) as [SyncRunStatus, ...SyncRunStatus[]]);

/** Run now: the given streams (all enabled ones when left out), optionally as a dry run (plans, writes neither side). */
export const consoleRunRequest = runSyncRequest;
/** Pause, resume, cancel one stream. `runId` on cancel: refuse if the stream's run is no longer that one. */
export const streamControlRequest = z.object({ stream });
export const cancelRunRequest = z.object({ stream, runId: z.string().min(1).optional() });
export const maintenanceRequest = noRequest;
export const liveRequest = noRequest;
export const runListRequest = z.object({
  stream: stream.optional(),
  status: z.array(runStatus).min(1).optional(),
  dryRun: z.boolean().optional(),
  /** Runs started at or after / before these instants (ISO 8601). */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  first: z.number().int().min(1).max(100).default(25),
  /** `nextCursor` of the previous page. */
  after: z.string().min(1).optional(),
});
/** The sync-run record's id (RunSummary.recordId). */
export const runDetailRequest = z.object({ recordId: z.string().uuid() });

export type ConsoleRunRequest = z.infer<typeof consoleRunRequest>;
export type StreamControlRequest = z.infer<typeof streamControlRequest>;
export type CancelRunRequest = z.infer<typeof cancelRunRequest>;
export type RunListRequest = z.input<typeof runListRequest>;
export type RunDetailRequest = z.infer<typeof runDetailRequest>;

/** Where a run is: reading Metakocka/Twenty pages, applying deletions after a complete scan, relinking documents,
 *  waiting out Twenty's rate limit, waiting for its streams (documents after partners and products), held by a pause. */
export type RunStage =
  | 'queued'
  | 'waiting-for-streams'
  | 'scanning'
  | 'deletions'
  | 'relinking'
  | 'rate-limited'
  | 'pausing'
  | 'paused'
  | 'cancelling'
  | 'finished';

/** Why a stream will not start on Run now. */
export type RunStartStatus = 'started' | 'already-running' | 'stream-paused' | 'maintenance';

export interface RunCountsSummary extends RunCounts {
  recordsEstimated: number | null;
}

export interface RunSummary {
  /** The sync-run record (for runDetail). */
  recordId: string;
  stream: StreamName;
  status: SyncRunStatus;
  trigger: 'SCHEDULE' | 'MANUAL' | 'WORKFLOW';
  dryRun: boolean;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  counts: RunCountsSummary;
  apiCalls: { metakocka: number; twenty: number };
  /** Why it stopped early or failed: an error-catalogue code, `MAX_RECORDS_PER_RUN`, or `CANCELLED`. */
  stopCode: string | null;
}

export interface RunDetail extends RunSummary {
  callsByMethod: Record<string, number>;
  /** The settings the run started with; null for runs of versions before 0.3.0. */
  settings: SyncSettings | null;
  /** A dry run's plan (what it would do, record by record; at most 200 rows). */
  plan: Array<Record<string, unknown>> | null;
}

export interface RunIssue {
  id: string;
  issueKey: string;
  kind: 'ERROR' | 'CONFLICT';
  severity: string | null;
  status: 'OPEN' | 'RESOLVED' | 'IGNORED';
  errorCode: string | null;
  recordObject: string | null;
  recordId: string | null;
  metakockaId: string | null;
  conflictField: string | null;
  /** What happened and what to do, in the reader's language (from the issue's code and parameters). */
  message: string;
  suggestedAction: string | null;
  attempts: number | null;
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  /** Sync-run record ids. */
  firstRunId: string | null;
  lastRunId: string | null;
}

export interface ScheduleSummary {
  kind: 'interval' | 'daily';
  everyMinutes: number | null;
  /** "HH:MM" in Europe/Ljubljana, for kind "daily". */
  dailyAt: string | null;
  /** When the cron will start the next scheduled run (UTC); null while the stream is off or paused. */
  nextRunAt: string | null;
}

export interface LiveRun {
  runId: string;
  recordId: string;
  status: SyncRunStatus;
  stage: RunStage;
  dryRun: boolean;
  trigger: RunSummary['trigger'];
  startedAt: string;
  recordsDone: number;
  recordsEstimated: number | null;
  /** Records per minute since the run started; null until it has done some. */
  recordsPerMinute: number | null;
  estimatedFinishAt: string | null;
  apiCalls: { metakocka: number; twenty: number; twentyPerMinute: number | null };
}

export interface LiveStream {
  stream: StreamName;
  enabled: boolean;
  paused: boolean;
  schedule: ScheduleSummary;
  /** The run going on now (running, pausing, paused, cancelling); null when none. */
  run: LiveRun | null;
  /** The newest finished run. */
  lastRun: RunSummary | null;
}

export interface MaintenanceState {
  on: boolean;
  since: string | null;
  byWorkspaceMemberId: string | null;
  /** Twenty edits (company/person events, document pushes) waiting for the end of maintenance. */
  heldPushes: number;
}

export interface LiveAnswer {
  now: string;
  /** 5 while a run is active, 60 otherwise. */
  refreshAfterSeconds: number;
  maintenance: MaintenanceState;
  /** Twenty allows an app token this many calls a minute (APPS.md §8). */
  budget: { twentyCallsPerMinute: number };
  streams: LiveStream[];
  /** Twenty API calls this answer cost (the guard's identity check not counted). */
  cost: { twentyCalls: number };
}

export interface ConsoleRunAnswer {
  runs: Array<{ stream: StreamName; status: RunStartStatus; runId: string | null; recordId: string | null }>;
}

export type StreamControlOutcome =
  | 'paused'
  | 'pausing'
  | 'already-paused'
  | 'resumed'
  | 'not-paused'
  | 'cancelling'
  | 'cancelled'
  | 'no-run'
  | 'other-run';

export interface StreamControlAnswer {
  stream: StreamName;
  outcome: StreamControlOutcome;
  paused: boolean;
  run: { runId: string; recordId: string; status: SyncRunStatus; stage: RunStage } | null;
}

export interface MaintenanceAnswer {
  maintenance: MaintenanceState;
  streams: StreamControlAnswer[];
  /** Resume only: held pushes handed to the push queue. */
  pushesReleased: number;
}

export interface RunListAnswer {
  runs: RunSummary[];
  totalCount: number;
  nextCursor: string | null;
}

export interface RunDetailAnswer {
  run: RunDetail;
  /** Exactly the issues whose first or last run this is. */
  issues: RunIssue[];
}

// Language (issue 15). Reads take no body; a member sends `{ language: "en" | "sl" | null }` (null: follow the
// workspace), a manager `{ language: "en" | "sl" }`. The language module checks the value and names the choices.
export const languageSaveRequest = z.object({ language: z.unknown() });
export type LanguageAnswer = LanguageFacts;

// Alerts (issue 18). The save takes part of the alert settings; the merged result is checked against the alert
// schema (server/alerts/settings.ts), which names each wrong setting. The webhook secret is answered once, on
// creation, and never again: reads say only whether one is set.
export const alertSettingsSaveRequest = z.record(z.string(), z.unknown());

export interface AlertSettingsAnswer {
  settings: AlertSettings;
  defaults: AlertSettings;
  /** Who gets tasks now: the chosen recipients, or the member who last saved the connection. */
  effectiveRecipients: string[];
  /** Whom a manager can pick, by name. */
  members: NamedMember[];
  /** Whether the caller may save (holds "Manage Metakocka"); others see the settings read-only. */
  canManage: boolean;
  webhook: { secretSet: boolean; lastDelivery: LastDelivery | null };
}
export type AlertSettingsSaveAnswer = { settings: AlertSettings };
export type AlertWebhookSecretAnswer = { secret: string };
export type AlertWebhookTestAnswer = DeliveryOutcome;

export type { ConnectionReport, CredentialPolicy, CredentialSummary, Health, OrgCredentialFacts, PersonalStatus };
export type { ConnectionCheck } from 'server/credentials/connection';

// Reports (issue 19). Parameters are checked by the template they belong to (server/reports/parameters.ts), which
// names the parameter it refuses; the schema only gives the request its shape.
export const runReportRequest = z.object({
  template: z.string().min(1),
  parameters: z.record(z.string(), z.unknown()).default({}),
  /** Twenty's group-by where the template can (default); false reads page by page. */
  groupBy: z.boolean().optional(),
  /** A background report of these parameters being followed: its progress, then its result (D95). */
  job: z.string().uuid().optional(),
});
export const exportReportRequest = runReportRequest.extend({
  format: z.enum(['CSV', 'XLSX']),
  language: z.enum(['en', 'sl']).default('en'),
});

export type RunReportRequest = z.infer<typeof runReportRequest>;
export type ExportReportRequest = z.infer<typeof exportReportRequest>;

export interface ReportTemplateSummary {
  id: ReportTemplateId;
  title: string;
  parameters: ParameterSpec[];
  columns: ReportColumn[];
  chart: ReportChart;
}
export type ReportTemplatesAnswer = { templates: ReportTemplateSummary[] };
/** At once, or as a background job (longer than a function run, D95); `joined` when one was already running. */
export type RunReportAnswer =
  | { mode: 'inline'; report: ReportResult; estimate: ReportEstimate }
  | { mode: 'job'; job: ReportJobView; joined: boolean };
export type { ReportJobView };
export type ExportReportAnswer = StoredExport & { report: Pick<ReportResult, 'dataAsOf' | 'openIssues' | 'cost'> };

// Saved reports (issue 19 items 3-4, D85). The schedule's settings are checked by server/reports/schedules.ts, which
// names the one it refuses; here only the shape.
export const reportScheduleSchema = z.object({
  frequency: z.enum(['daily', 'weekly', 'monthly']),
  /** HH:MM on Ljubljana's clock. */
  time: z.string(),
  /** Weekly: 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().optional(),
  /** Monthly: 1–31 (the last day of a shorter month). */
  dayOfMonth: z.number().int().optional(),
  recipients: z.array(z.string()),
  webhook: z.boolean().default(false),
});
export const saveReportRequest = z.object({
  /** Absent: a new saved report; present: change that one. */
  id: z.string().uuid().optional(),
  name: z.string().trim().min(1, 'Give the report a name.').max(200, 'A name has at most 200 characters.'),
  template: z.string().min(1),
  parameters: z.record(z.string(), z.unknown()).default({}),
  /** null or absent: not scheduled (an existing schedule is removed). */
  schedule: reportScheduleSchema.nullable().default(null),
});
export const deleteSavedReportRequest = z.object({ id: z.string().uuid() });

export type ReportScheduleInput = z.infer<typeof reportScheduleSchema>;
export type SaveReportRequest = z.input<typeof saveReportRequest>;
export type DeleteSavedReportRequest = z.infer<typeof deleteSavedReportRequest>;

/** Always in the answers: a schedule runs with the app's token, so the form must say that its recipients see
 *  everything the report shows, whatever Twenty lets them see themselves. */
export interface ScheduleAccess {
  runsWith: 'app';
  recipientsSeeEverything: true;
  /** Whether the caller may create or change schedules ("Manage Metakocka"). */
  callerMaySchedule: boolean;
}
export type SavedReportsAnswer = { savedReports: SavedReportView[]; scheduleAccess: ScheduleAccess };
export type SaveReportAnswer = { savedReport: SavedReportView; scheduleAccess: ScheduleAccess };
export type DeleteSavedReportAnswer = { deleted: string };
export type { SavedReportView };
export type { ReportSchedule } from 'server/reports/schedules';

// KPIs (issue 19 item 5, D87). Targets are checked by server/reports/kpis.ts (each wrong one named).
export const kpisQuery = z.object({
  /** Months in the trend, the current one included. */
  periods: z.coerce.number().int().min(1).max(24).default(6),
});
export const kpiTargetsSaveRequest = z.record(z.string(), z.unknown());

export interface KpisAnswer {
  /** The current month, YYYY-MM (Ljubljana). */
  month: string;
  /** The oldest last completed run of the streams the KPIs read; null when one never completed. */
  dataAsOf: string | null;
  targets: KpiTargetsDocument;
  kpis: KpiSeries[];
  /** Whether the caller may change the targets. */
  callerMaySetTargets: boolean;
}
export type KpiTargetsSaveAnswer = { targets: KpiTargetsDocument };
export type { KpiSeries, KpiTargetsDocument };
