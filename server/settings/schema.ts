// The sync settings document: one zod-validated value in kv, read by every job; defaults documented in docs/sync-settings.md.
import { z } from 'zod';

import { MAX_DOCUMENT_DAYS, SYNCED_DOCUMENT_TYPES } from 'plugin/constants/sync-settings';

export const STREAMS = ['partners', 'products', 'documents'] as const;
export type StreamName = (typeof STREAMS)[number];

export const CONFLICT_POLICIES = ['metakocka-wins', 'twenty-wins', 'newest-wins', 'ask'] as const;
export type ConflictPolicy = (typeof CONFLICT_POLICIES)[number];

const policy = z.enum(CONFLICT_POLICIES);

const reportId = z
  .string()
  .trim()
  .regex(/^\d+$/, 'A Metakocka report id is a number, e.g. 38.')
  .nullable()
  .default(null);

const streamSettings = (everyMinutes: number, enabled = true) =>
  z
    .strictObject({
      enabled: z.boolean().default(enabled),
      /** Minutes between scheduled runs; the cron ticks every 5 minutes, so shorter values act as 5. */
      everyMinutes: z
        .number()
        .int()
        .min(5)
        .max(7 * 24 * 60)
        .default(everyMinutes),
    })
    .prefault({});

/** "HH:MM", 24-hour. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give the time as HH:MM, e.g. 02:30.');

const streamSchedule = z
  .strictObject({
    /** A daily run at this Europe/Ljubljana time instead of every `streams.<stream>.everyMinutes`; null = interval. */
    dailyAt: clockTime.nullable().default(null),
  })
  .prefault({});

// Every level is strict: a key this version does not know is refused in a change (a typo) and dropped, with a
// warning, from the stored document (a downgrade, a manual write; server/settings/store.ts).
export const settingsSchema = z.strictObject({
  version: z.literal(1).default(1),
  streams: z
    .strictObject({
      partners: streamSettings(60),
      products: streamSettings(60),
      /** Sales documents (pull only, server/sync/documents). Off until an admin turns it on: a first pull reads every
       *  document type, and scheduled runs, the bench and tests that start "all streams" expect partners and products. */
      documents: streamSettings(60, false),
    })
    .prefault({}),
  /** When the cron starts each stream (server/sync/schedule.ts; docs/sync-settings.md "Schedule"). */
  schedule: z
    .strictObject({ partners: streamSchedule, products: streamSchedule, documents: streamSchedule })
    .prefault({}),
  conflicts: z
    .strictObject({
      /** Partners are two-way; products are pulled only (Metakocka is their system of record). */
      partners: policy.default('ask'),
      /** Per-field overrides, e.g. { "name": "metakocka-wins" }; the fields are PARTNER_CONFLICT_FIELDS. Other keys
       *  are refused when saved (server/settings/store.ts) but tolerated in a stored document, where they do nothing. */
      partnerFields: z.record(z.string(), policy).default({}),
      /** A bound sales document edited in Twenty whose Metakocka version changed too (whole documents, D41). */
      documents: policy.default('ask'),
    })
    .prefault({}),
  documents: z
    .strictObject({
      /** Whether Twenty may delete unissued orders in Metakocka (read by server/sync/documents/actions/deps.ts). */
      allowOrderDelete: z.boolean().default(false),
      /** The company's own Metakocka print-out for offers and for orders ("Get document PDF"): Metakocka publishes only
       *  the bill report 38 (server/sync/documents/pdf.ts). Find yours with &dump_for_report_rest=true on the print view. */
      offerReportId: reportId,
      orderReportId: reportId,
    })
    .prefault({}),
  workflows: z
    .object({
      /** Whether Twenty workflow steps may write to Metakocka (push, create from opportunity, change status, delete).
       *  On by default; a manager turns it off to stop every workflow from changing Metakocka (D38). */
      allowMetakockaWrites: z.boolean().default(true),
    })
    .prefault({}),
  filters: z
    .strictObject({
      /** Only products in these Metakocka categories; empty = all. A name matches at any level of the product's
       *  category tree, compared without case (products/scope.ts), so it survives the tree's shape. */
      productCategories: z.array(z.string().trim().min(1)).default([]),
      /** Only products flagged for the e-shop in Metakocka. */
      eshopOnly: z.boolean().default(false),
      partners: z
        .strictObject({
          /** Only partners (companies) with a tax number; private persons have none and are left out too. */
          withTaxNumberOnly: z.boolean().default(false),
          /** Only partners Metakocka marks as buyers (`buyer`, API.md §3.1), not suppliers only. */
          customersOnly: z.boolean().default(false),
          /** Only partners whose country is one of these ISO 3166 alpha-2 codes; empty = every country. */
          countries: z
            .array(
              z
                .string()
                .trim()
                .toUpperCase()
                .regex(/^[A-Z]{2}$/, 'A country is its two-letter ISO code, e.g. SI.'),
            )
            .default([]),
        })
        .prefault({}),
      documents: z
        .strictObject({
          /** The sales document types the documents stream pulls. */
          types: z
            .array(z.enum(SYNCED_DOCUMENT_TYPES))
            .min(1, 'Pick at least one document type, or turn the documents stream off.')
            .default([...SYNCED_DOCUMENT_TYPES]),
          /** Only documents dated on or after this day (Europe/Ljubljana); null = no lower bound. */
          fromDate: z.iso.date('A date is written YYYY-MM-DD, e.g. 2026-01-01.').nullable().default(null),
          /** Only documents dated within the last N days (rolling); null = no window. */
          lastDays: z.number().int().min(1).max(MAX_DOCUMENT_DAYS).nullable().default(null),
        })
        .refine((d) => d.fromDate === null || d.lastDays === null, {
          message: 'Set either fromDate or lastDays, not both.',
          path: ['lastDays'],
        })
        .prefault({}),
    })
    .prefault({}),
  /** Records per Twenty write; Twenty refuses more than 200 (contract/README.md f4). */
  batchSize: z.number().int().min(1).max(200).default(200),
  /** Pages one job works through before it saves its checkpoint and hands over to the next job. More pages mean fewer
   *  bookkeeping calls (checkpoints, job enqueues); a crash repeats at most this many pages, which write nothing twice. */
  pagesPerJob: z.number().int().min(1).max(50).default(10),
  /** Stop a run after this many records; the next scheduled run starts over. 0 = no limit. */
  maxRecordsPerRun: z.number().int().min(0).default(0),
  dryRun: z.boolean().default(false),
  /** A run whose heartbeat is older than this is stuck and gets resumed by the cron. */
  stuckAfterMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
});

export type SyncSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: SyncSettings = settingsSchema.parse({});
