// Values of the sync settings document that both the server (server/settings/schema.ts) and the console's front
// component need: the choices a setting offers, and the id of every setting's inline help. The help texts themselves
// are in ui/settings-help/messages.ts (English and Slovenian), keyed by these ids. Imports only select-options.ts,
// which imports nothing, so ui/ and server/ can both take values from it.
import { DOCUMENT_TYPE_SPEC, type DocumentType } from './select-options';

/** Metakocka sales document types the documents stream can pull: the SELECT values of
 *  metakockaSalesDocument.documentType, in pull order. */
export const SYNCED_DOCUMENT_TYPES = Object.keys(DOCUMENT_TYPE_SPEC) as [DocumentType, ...DocumentType[]];
export type SyncedDocumentType = DocumentType;

/** The partner fields a per-field conflict policy can name (server/sync/partners/fields.ts, two-way fields):
 *  company name, address, tax number and VAT payer; person name, e-mail and phone. */
export const PARTNER_CONFLICT_FIELDS = ['name', 'address', 'taxNumber', 'vatPayer', 'email', 'phone'] as const;
export type PartnerConflictField = (typeof PARTNER_CONFLICT_FIELDS)[number];

/** Longest rolling window for "documents from the last N days". */
export const MAX_DOCUMENT_DAYS = 3650;

/** Every setting the console shows, by its dotted path in the settings document; each is also its help id
 *  (`<path>.label`, `<path>.what`, `<path>.cost` in ui/settings-help/messages.ts). The default is read from the
 *  settings route's `defaults`, so it is never written twice. */
export const SETTING_PATHS = [
  'streams.partners.enabled',
  'streams.partners.everyMinutes',
  'streams.products.enabled',
  'streams.products.everyMinutes',
  'streams.documents.enabled',
  'streams.documents.everyMinutes',
  'schedule.partners.dailyAt',
  'schedule.products.dailyAt',
  'schedule.documents.dailyAt',
  'filters.documents.types',
  'filters.documents.fromDate',
  'filters.documents.lastDays',
  'filters.productCategories',
  'filters.eshopOnly',
  'filters.partners.withTaxNumberOnly',
  'filters.partners.customersOnly',
  'filters.partners.countries',
  'conflicts.partners',
  'conflicts.partnerFields',
  'conflicts.documents',
  'batchSize',
  'maxRecordsPerRun',
  'pagesPerJob',
  'documents.offerReportId',
  'documents.orderReportId',
  'documents.allowOrderDelete',
  'workflows.allowMetakockaWrites',
  'dryRun',
  'stuckAfterMinutes',
] as const;
export type SettingPath = (typeof SETTING_PATHS)[number];

/** What an impact preview reports per stream (server/sync/preview). `leavingScope`: records Twenty holds that the
 *  proposed filters leave out; they are marked, never deleted. `enteringScope`: marked records the change takes back. */
export const PREVIEW_OUTCOMES = ['created', 'updated', 'unchanged', 'leavingScope', 'enteringScope'] as const;
export type PreviewOutcome = (typeof PREVIEW_OUTCOMES)[number];

export const PREVIEW_STATUSES = ['running', 'done', 'failed', 'cancelled'] as const;
export type PreviewStatus = (typeof PREVIEW_STATUSES)[number];
