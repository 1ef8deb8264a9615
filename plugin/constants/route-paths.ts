// Every HTTP route of the app, declared once (issue 13 item 1). Twenty serves each at /s/<path> (APPS.md §3.3):
// plugin/functions declare them as route triggers and ui/ calls them, and ui/ may import values only from
// plugin/constants, so this module imports nothing.
export const CREDENTIAL_ROUTES = {
  organisationRead: '/metakocka/credentials/organisation/read',
  organisationSave: '/metakocka/credentials/organisation/save',
  connectionTest: '/metakocka/connection/test',
  mineStatus: '/metakocka/credentials/mine/status',
  mineSave: '/metakocka/credentials/mine/save',
  mineDelete: '/metakocka/credentials/mine/delete',
  membersList: '/metakocka/credentials/members/list',
  membersRevoke: '/metakocka/credentials/members/revoke',
  policyRead: '/metakocka/credentials/policy/read',
  policySave: '/metakocka/credentials/policy/save',
  rotateKey: '/metakocka/credentials/rotate-key',
  health: '/metakocka/health',
} as const;

export const SYNC_ROUTES = {
  stockWebhook: '/metakocka/webhooks/stock',
  settingsRead: '/metakocka/sync/settings',
  settingsSave: '/metakocka/sync/settings/save',
  settingsReset: '/metakocka/sync/settings/reset',
  /** The distinct product categories on the products Twenty holds (Metakocka has no category-list call). */
  productCategories: '/metakocka/sync/settings/product-categories',
  resolveConflict: '/metakocka/sync/conflicts/resolve',
  recordAction: '/metakocka/sync/record-action',
  linkPartner: '/metakocka/sync/link-partner',
  runSync: '/metakocka/sync/run',
} as const;

/** The impact preview of a settings change (issue 16 item 2): a dry-run job per affected stream, with the proposed
 *  settings, that writes nothing; a save may then apply exactly the previewed settings ({ previewId }). */
export const PREVIEW_ROUTES = {
  start: '/metakocka/sync/settings/preview/start',
  status: '/metakocka/sync/settings/preview/status',
  cancel: '/metakocka/sync/settings/preview/cancel',
} as const;

export const DOCUMENT_ROUTES = {
  action: '/metakocka/documents/action',
} as const;

/** The sync console (issue 16): run control, maintenance, live view, history. Changes are guarded by "Manage
 *  Metakocka"; the reads need a signed-in member who may read sync runs (Twenty checks it on the member's token). */
export const CONSOLE_ROUTES = {
  runNow: '/metakocka/console/run',
  pause: '/metakocka/console/pause',
  resume: '/metakocka/console/resume',
  cancel: '/metakocka/console/cancel',
  pauseAll: '/metakocka/console/maintenance/pause',
  resumeAll: '/metakocka/console/maintenance/resume',
  live: '/metakocka/console/live',
  runs: '/metakocka/console/runs',
  runDetail: '/metakocka/console/runs/detail',
} as const;

/** The language the app speaks to each member (issue 15): read mine, choose mine, choose the workspace's default. */
export const LANGUAGE_ROUTES = {
  read: '/metakocka/language',
  mineSave: '/metakocka/language/mine/save',
  workspaceSave: '/metakocka/language/workspace/save',
} as const;

/** Alerts (issue 18): who gets tasks and digests, and the outbound webhook. Changes need "Manage Metakocka". */
export const ALERT_ROUTES = {
  read: '/metakocka/alerts',
  save: '/metakocka/alerts/save',
  webhookSecret: '/metakocka/alerts/webhook/secret',
  webhookTest: '/metakocka/alerts/webhook/test',
} as const;

/** The onboarding checklist (issue 20) on the settings page and the sync console: read only, "Manage Metakocka". */
export const ONBOARDING_ROUTES = {
  checklist: '/metakocka/onboarding',
} as const;

export const REPORT_ROUTES = {
  templates: '/metakocka/reports/templates',
  run: '/metakocka/reports/run',
  export: '/metakocka/reports/export',
  /** Saved reports: anyone who may run reports saves an unscheduled one; a schedule needs "Manage Metakocka". */
  savedList: '/metakocka/reports/saved',
  savedSave: '/metakocka/reports/saved/save',
  savedDelete: '/metakocka/reports/saved/delete',
  /** KPIs: actual against target and the trend for members; targets set by "Manage Metakocka", audited. */
  kpis: '/metakocka/reports/kpis',
  kpiTargetsSave: '/metakocka/reports/kpis/targets',
} as const;

/** The issue inbox (issue 17): reads for anyone who may read sync issues, actions for "Manage Metakocka". */
export const INBOX_ROUTES = {
  read: '/metakocka/inbox/read',
  act: '/metakocka/inbox/act',
  conflicts: '/metakocka/inbox/conflicts',
} as const;

export type CredentialRoutePath = (typeof CREDENTIAL_ROUTES)[keyof typeof CREDENTIAL_ROUTES];
export type SyncRoutePath = (typeof SYNC_ROUTES)[keyof typeof SYNC_ROUTES];
export type DocumentRoutePath = (typeof DOCUMENT_ROUTES)[keyof typeof DOCUMENT_ROUTES];
export type PreviewRoutePath = (typeof PREVIEW_ROUTES)[keyof typeof PREVIEW_ROUTES];
export type InboxRoutePath = (typeof INBOX_ROUTES)[keyof typeof INBOX_ROUTES];
export type ConsoleRoutePath = (typeof CONSOLE_ROUTES)[keyof typeof CONSOLE_ROUTES];
export type LanguageRoutePath = (typeof LANGUAGE_ROUTES)[keyof typeof LANGUAGE_ROUTES];
export type AlertRoutePath = (typeof ALERT_ROUTES)[keyof typeof ALERT_ROUTES];
export type ReportRoutePath = (typeof REPORT_ROUTES)[keyof typeof REPORT_ROUTES];
export type OnboardingRoutePath = (typeof ONBOARDING_ROUTES)[keyof typeof ONBOARDING_ROUTES];
export type RoutePath =
  | CredentialRoutePath
  | SyncRoutePath
  | DocumentRoutePath
  | InboxRoutePath
  | PreviewRoutePath
  | ConsoleRoutePath
  | LanguageRoutePath
  | AlertRoutePath
  | ReportRoutePath
  | OnboardingRoutePath;

/** Headers Twenty must forward to the webhook route (only listed headers are passed, lower-cased; APPS.md §3.3).
 *  X-MetaKocka-Id is not among them: it is not signed, so it proves nothing (D39). */
export const STOCK_WEBHOOK_HEADERS = ['x-metakocka-event', 'x-metakocka-signature'];
