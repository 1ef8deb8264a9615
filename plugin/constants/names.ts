// API names of the app's objects, fields and variables (CONTRACTS.md "Object and field API names").
// Server code, the stand-in and tests read these; plugin/ entities define them. This module imports nothing.

export const OBJECT_NAMES = {
  product: { singular: 'metakockaProduct', plural: 'metakockaProducts' },
  salesDocument: { singular: 'metakockaSalesDocument', plural: 'metakockaSalesDocuments' },
  salesDocumentLine: { singular: 'metakockaSalesDocumentLine', plural: 'metakockaSalesDocumentLines' },
  syncRun: { singular: 'metakockaSyncRun', plural: 'metakockaSyncRuns' },
  syncIssue: { singular: 'metakockaSyncIssue', plural: 'metakockaSyncIssues' },
  credential: { singular: 'metakockaCredential', plural: 'metakockaCredentials' },
  auditEntry: { singular: 'metakockaAuditEntry', plural: 'metakockaAuditEntries' },
  warehouse: { singular: 'metakockaWarehouse', plural: 'metakockaWarehouses' },
} as const;

// Twenty's standard objects the app adds fields to (nameSingular).
export const STANDARD_OBJECT_NAMES = {
  company: 'company',
  person: 'person',
  opportunity: 'opportunity',
  workspaceMember: 'workspaceMember',
} as const;

export const PRODUCT_FIELDS = {
  name: 'name',
  metakockaId: 'metakockaId',
  code: 'code',
  unit: 'unit',
  netPrice: 'netPrice',
  grossPrice: 'grossPrice',
  priceLists: 'priceLists',
  vatRate: 'vatRate',
  vatCode: 'vatCode',
  category: 'category',
  eshopSync: 'eshopSync',
  stockTotal: 'stockTotal',
  stockByWarehouse: 'stockByWarehouse',
  isActive: 'isActive',
  outOfSyncScope: 'outOfSyncScope',
  syncHash: 'syncHash',
  lastSyncedAt: 'lastSyncedAt',
  salesDocumentLines: 'salesDocumentLines',
  syncIssues: 'syncIssues',
} as const;

export const WAREHOUSE_FIELDS = {
  name: 'name',
  mark: 'mark',
  stockUnits: 'stockUnits',
  productsInStock: 'productsInStock',
  lastSyncedAt: 'lastSyncedAt',
} as const;

export const SALES_DOCUMENT_FIELDS = {
  name: 'name',
  metakockaId: 'metakockaId',
  documentType: 'documentType',
  countCode: 'countCode',
  buyerOrder: 'buyerOrder',
  status: 'status',
  statusKey: 'statusKey',
  documentDate: 'documentDate',
  dueDate: 'dueDate',
  currency: 'currency',
  netTotal: 'netTotal',
  vatTotal: 'vatTotal',
  grossTotal: 'grossTotal',
  paidTotal: 'paidTotal',
  vatBreakdown: 'vatBreakdown',
  pdfUrl: 'pdfUrl',
  metakockaUrl: 'metakockaUrl',
  isIssued: 'isIssued',
  isDeletedInMetakocka: 'isDeletedInMetakocka',
  outOfSyncScope: 'outOfSyncScope',
  company: 'company',
  person: 'person',
  opportunity: 'opportunity',
  sourceDocument: 'sourceDocument',
  derivedDocuments: 'derivedDocuments',
  lines: 'lines',
  syncIssues: 'syncIssues',
  syncHash: 'syncHash',
  lastSyncedAt: 'lastSyncedAt',
} as const;

export const SALES_DOCUMENT_LINE_FIELDS = {
  name: 'name',
  metakockaRowKey: 'metakockaRowKey',
  salesDocument: 'salesDocument',
  product: 'product',
  code: 'code',
  quantity: 'quantity',
  unit: 'unit',
  unitPrice: 'unitPrice',
  discountPercent: 'discountPercent',
  vatCode: 'vatCode',
  vatRate: 'vatRate',
  lineNet: 'lineNet',
  lineGross: 'lineGross',
  // Not `position`: Twenty gives every custom object a system `position` field (CONTRACTS.md said `position`;
  // the line's order in the Metakocka document lives here instead).
  lineNumber: 'lineNumber',
} as const;

export const SYNC_RUN_FIELDS = {
  name: 'name',
  stream: 'stream',
  direction: 'direction',
  trigger: 'trigger',
  status: 'status',
  startedAt: 'startedAt',
  finishedAt: 'finishedAt',
  createdCount: 'createdCount',
  updatedCount: 'updatedCount',
  unchangedCount: 'unchangedCount',
  deletedCount: 'deletedCount',
  failedCount: 'failedCount',
  skippedCount: 'skippedCount',
  apiCallsMetakocka: 'apiCallsMetakocka',
  apiCallsTwenty: 'apiCallsTwenty',
  apiCallsByMethod: 'apiCallsByMethod',
  checkpoint: 'checkpoint',
  recordsDone: 'recordsDone',
  recordsEstimated: 'recordsEstimated',
  isDryRun: 'isDryRun',
  errorSummary: 'errorSummary',
  plan: 'plan',
  settingsSnapshot: 'settingsSnapshot',
  issuesRaised: 'issuesRaised',
  issuesLastSeen: 'issuesLastSeen',
} as const;

export const SYNC_ISSUE_FIELDS = {
  name: 'name',
  kind: 'kind',
  severity: 'severity',
  status: 'status',
  stream: 'stream',
  recordObject: 'recordObject',
  recordId: 'recordId',
  recordLink: 'recordLink',
  metakockaId: 'metakockaId',
  errorClass: 'errorClass',
  errorCode: 'errorCode',
  message: 'message',
  messageParams: 'messageParams',
  suggestedAction: 'suggestedAction',
  attempts: 'attempts',
  firstSeenAt: 'firstSeenAt',
  lastSeenAt: 'lastSeenAt',
  conflictField: 'conflictField',
  twentyValue: 'twentyValue',
  metakockaValue: 'metakockaValue',
  twentyChangedAt: 'twentyChangedAt',
  metakockaChangedAt: 'metakockaChangedAt',
  issueKey: 'issueKey',
  causeKey: 'causeKey',
  recordName: 'recordName',
  ignoredReason: 'ignoredReason',
  ignoredFingerprint: 'ignoredFingerprint',
  resolution: 'resolution',
  company: 'company',
  person: 'person',
  product: 'product',
  salesDocument: 'salesDocument',
  firstRun: 'firstRun',
  lastRun: 'lastRun',
} as const;

export const CREDENTIAL_FIELDS = {
  label: 'label',
  workspaceMember: 'workspaceMember',
  ownerWorkspaceMemberId: 'ownerWorkspaceMemberId',
  companyId: 'companyId',
  encryptedSecret: 'encryptedSecret',
  lastVerifiedAt: 'lastVerifiedAt',
  status: 'status',
} as const;

export const AUDIT_ENTRY_FIELDS = {
  action: 'action',
  actorWorkspaceMemberId: 'actorWorkspaceMemberId',
  target: 'target',
  detail: 'detail',
  before: 'before',
  after: 'after',
  at: 'at',
} as const;

// Fields the app adds to company; person has the same plus metakockaContactId.
export const COMPANY_FIELDS = {
  metakockaPartnerId: 'metakockaPartnerId',
  metakockaPartnerCode: 'metakockaPartnerCode',
  metakockaTaxNumber: 'metakockaTaxNumber',
  metakockaVatPayer: 'metakockaVatPayer',
  metakockaSyncStatus: 'metakockaSyncStatus',
  metakockaLastSyncedAt: 'metakockaLastSyncedAt',
  metakockaLink: 'metakockaLink',
  metakockaDeliveryAddresses: 'metakockaDeliveryAddresses',
  metakockaSyncHash: 'metakockaSyncHash',
  metakockaSyncExcluded: 'metakockaSyncExcluded',
  metakockaSalesDocuments: 'metakockaSalesDocuments',
  metakockaSyncIssues: 'metakockaSyncIssues',
} as const;

export const PERSON_FIELDS = {
  ...COMPANY_FIELDS,
  metakockaContactId: 'metakockaContactId',
} as const;

export const OPPORTUNITY_FIELDS = {
  metakockaSyncStatus: 'metakockaSyncStatus',
  metakockaSalesDocuments: 'metakockaSalesDocuments',
} as const;

export const WORKSPACE_MEMBER_FIELDS = {
  metakockaCredentials: 'metakockaCredentials',
} as const;

// Binding fields: each has a unique index (field `isUnique: true`), so it is also the upsert key of
// `create<Objects>(data, upsert: true)` (contract README "upsert", examples a10/i3; APPS.md §8).
export const BINDING_FIELDS = [
  { object: 'company', field: COMPANY_FIELDS.metakockaPartnerId },
  { object: 'person', field: PERSON_FIELDS.metakockaPartnerId },
  { object: 'person', field: PERSON_FIELDS.metakockaContactId },
  { object: OBJECT_NAMES.product.singular, field: PRODUCT_FIELDS.metakockaId },
  { object: OBJECT_NAMES.salesDocument.singular, field: SALES_DOCUMENT_FIELDS.metakockaId },
  { object: OBJECT_NAMES.salesDocumentLine.singular, field: SALES_DOCUMENT_LINE_FIELDS.metakockaRowKey },
  { object: OBJECT_NAMES.syncIssue.singular, field: SYNC_ISSUE_FIELDS.issueKey },
  { object: OBJECT_NAMES.credential.singular, field: CREDENTIAL_FIELDS.ownerWorkspaceMemberId },
] as const;

// Application variable keys (process.env names in logic functions; APPS.md §2.1).
export const APP_VARIABLES = {
  companyId: 'METAKOCKA_COMPANY_ID',
  secretKey: 'METAKOCKA_SECRET_KEY',
  apiUrl: 'METAKOCKA_API_URL',
  webhookSecret: 'METAKOCKA_WEBHOOK_SECRET',
  credentialEncryptionKey: 'METAKOCKA_CREDENTIAL_ENCRYPTION_KEY',
  allowedEndpoints: 'METAKOCKA_ALLOWED_ENDPOINTS',
  uiLanguage: 'METAKOCKA_UI_LANGUAGE',
  alertWebhookSecret: 'METAKOCKA_ALERT_WEBHOOK_SECRET',
} as const;

export const METAKOCKA_API_URLS = {
  production: 'https://main.metakocka.si',
  development: 'https://devmainsi.metakocka.si',
} as const;

// Key of the app's own permission flag (APPS.md §5).
export const MANAGE_METAKOCKA_PERMISSION_FLAG_KEY = 'MANAGE_METAKOCKA';
export const METAKOCKA_MANAGER_ROLE_LABEL = 'Metakocka manager';
/** The sync command as Twenty's command menu shows it (manifest labels are one language for everyone); screens name
 *  it through a placeholder, so a Slovenian sentence quotes the label without holding English of its own. */
export const RUN_SYNC_COMMAND_LABEL = 'Run Metakocka sync';

// Delivered reports and exports (issue 19): one record per file the app produced, the file in its FILES field.
export const REPORT_OBJECT_NAMES = { singular: 'metakockaReport', plural: 'metakockaReports' } as const;

export const REPORT_FIELDS = {
  name: 'name',
  source: 'source',
  format: 'format',
  file: 'file',
  fileName: 'fileName',
  generatedAt: 'generatedAt',
  rowCount: 'rowCount',
  parameters: 'parameters',
  requestedBy: 'requestedBy',
  dataAsOf: 'dataAsOf',
} as const;

// Saved reports (issue 19 items 3-4, D85): a template with its parameters kept for reuse, and optionally its
// delivery schedule. Written only by the app, so a schedule changes only through the audited route.
export const SAVED_REPORT_OBJECT_NAMES = { singular: 'metakockaSavedReport', plural: 'metakockaSavedReports' } as const;

export const SAVED_REPORT_FIELDS = {
  name: 'name',
  template: 'template',
  parameters: 'parameters',
  schedule: 'schedule',
  savedBy: 'savedBy',
  scheduledBy: 'scheduledBy',
  scheduledAt: 'scheduledAt',
  lastSlot: 'lastSlot',
  lastReportId: 'lastReportId',
} as const;

// Chart fields (issue 19 step 2): kept by the sync so a native chart needs no filter (a chart cannot subtract or tell
// currencies apart, and chart-filter values are unconfirmed, UI-SURFACES.md §1.3).
export const SALES_DOCUMENT_REPORTING_FIELDS = {
  revenueAmount: 'revenueAmount',
  openAmount: 'openAmount',
  overdueAmount: 'overdueAmount',
  isOverdue: 'isOverdue',
  paymentState: 'paymentState',
  isOrder: 'isOrder',
  isOpenOffer: 'isOpenOffer',
  openOfferAmount: 'openOfferAmount',
  documentMonth: 'documentMonth',
} as const;

/** Chart fields the sync keeps on issues and runs for the trends page (issue 18 item 2, D79). */
export const SYNC_ISSUE_REPORTING_FIELDS = {
  openedDay: 'openedDay',
  isOpenCritical: 'isOpenCritical',
} as const;

export const SYNC_RUN_REPORTING_FIELDS = {
  startedDay: 'startedDay',
} as const;

export const PRODUCT_REPORTING_FIELDS = {
  minStock: 'minStock',
  isBelowMinimum: 'isBelowMinimum',
  isEshopWithoutStock: 'isEshopWithoutStock',
} as const;
