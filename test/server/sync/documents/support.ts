// Drives the documents stream the way the engine does (step, flush issues, save cursor) against the Metakocka sandbox
// over HTTP, with Twenty in memory: the engine's memory CRM, its documents, lines and opportunities read and written
// through the app's own repositories (rt.crm.salesDocuments), as the sync runtime builds them.
import { createTimelineBook } from 'server/sync/timeline/book';
import { DEFAULT_SETTINGS, type SyncSettings } from 'server/settings/schema';
import { ZERO_COUNTS, addCounts, createSeenBook, type RunCounts, type RunState } from 'server/sync/checkpoints';
import { createIssueBook } from 'server/sync/issues';
import { BINDING_HASH_KEY, bindingOf } from 'server/sync/bindings';
import { encodeFieldHashes } from 'server/sync/hashing';
import { createMetakockaClient, type MetakockaClient } from 'server/metakocka';
import { documentsStream } from 'server/sync/documents';
import { DOCUMENTS_STREAM } from 'server/sync/documents/model/stream-name';
import type { DocumentRepos, OpportunitiesRepo } from 'server/crm';
import type { PushDeps } from 'server/sync/documents/push/push';
import { SandboxCore } from 'test/sandbox/core';
import { listen } from 'test/sandbox/http-server';
import { seedStore } from 'test/sandbox/seed';
import { SandboxStore } from 'test/sandbox/store/store';
import type { MemoryTable } from 'test/twenty/stand-in/memory-crm';
import { createTestRuntime, type TestRuntime } from '../support/runtime';

export interface SandboxOptions {
  seed?: number;
  products?: number;
  partners?: number;
  documents?: number;
}

/** The HTTP sandbox of test/sandbox/index.ts, built from its parts: that index pulls in msw, which jest cannot load yet. */
async function startSandbox(opts: Required<SandboxOptions>) {
  const store = new SandboxStore(() => new Date());
  seedStore(store, opts.seed, { products: opts.products, partners: opts.partners, documents: opts.documents });
  const core = new SandboxCore(store, '4711', 'sandbox-secret-h', undefined, opts.seed);
  const http = await listen(core, 0);
  return { url: http.url, companyId: '4711', secretKey: 'sandbox-secret-h', store, core, close: () => http.close() };
}
export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

export interface DocumentsEnv {
  sandbox: Sandbox;
  client: MetakockaClient;
  rt: TestRuntime;
  tables: { documents: MemoryTable; lines: MemoryTable; opportunities: MemoryTable };
  opportunities: OpportunitiesRepo;
  repos: DocumentRepos;
  run(opts?: { dryRun?: boolean; settings?: SyncSettings }): Promise<RunCounts>;
  close(): Promise<void>;
}

export async function startDocumentsEnv(sandboxOptions: SandboxOptions = {}): Promise<DocumentsEnv> {
  const sandbox = await startSandbox({ seed: 11, products: 25, partners: 15, documents: 60, ...sandboxOptions });
  const client = createMetakockaClient({
    baseUrl: sandbox.url,
    companyId: sandbox.companyId,
    secretKey: sandbox.secretKey,
    timeoutMs: 1500,
    retry: { attempts: 3, baseDelayMs: 1, budgetMs: 3000 },
  });
  const rt = createTestRuntime();
  rt.clock.now = new Date();
  rt.mk.documents = client;
  const { tables: crmTables } = rt.crm;
  const tables = {
    documents: crmTables.metakockaSalesDocuments,
    lines: crmTables.metakockaSalesDocumentLines,
    opportunities: crmTables.opportunities,
  };
  const repos = rt.crm.salesDocuments;
  let runs = 0;
  return {
    sandbox,
    client,
    rt,
    tables,
    repos,
    opportunities: rt.crm.opportunities,
    async run(opts = {}) {
      const nowIso = rt.now().toISOString();
      let state: RunState = {
        runId: `run-${(runs += 1)}`,
        stream: DOCUMENTS_STREAM,
        trigger: 'manual',
        dryRun: opts.dryRun ?? false,
        status: 'running',
        step: 0,
        attempt: 0,
        cursor: {},
        startedAt: nowIso,
        heartbeatAt: nowIso,
        finishedAt: null,
        lastProgressAt: null,
        counts: { ...ZERO_COUNTS },
        recordsEstimated: null,
        apiCallsMetakocka: {},
        apiCallsTwenty: 0,
        openIssuesAtStart: 1,
        plan: [],
        errorSummary: null,
      };
      for (let guard = 0; guard < 10_000; guard += 1) {
        const issues = createIssueBook(rt, DOCUMENTS_STREAM);
        const seen = createSeenBook(state);
        const outcome = await documentsStream.step({
          rt,
          settings: opts.settings ?? DEFAULT_SETTINGS,
          state,
          issues,
          seen,
          timeline: createTimelineBook(rt, { stream: DOCUMENTS_STREAM, runId: null, issues }),
          dryRun: state.dryRun,
        });
        await issues.flush({ dryRun: state.dryRun, resolveOpen: true });
        state = {
          ...state,
          step: state.step + 1,
          cursor: outcome.cursor,
          counts: addCounts(state.counts, outcome.counts),
          seen: seen.snapshot(),
        };
        if (outcome.done) break;
      }
      rt.clock.now = new Date(rt.clock.now.getTime() + 60_000);
      return state.counts;
    },
    close: () => sandbox.close(),
  };
}

/** The sync hash the partners stream leaves on a record it bound: the binding it wrote (D40). */
export const syncedBindingHash = (partnerMkId: string) =>
  encodeFieldHashes({ [BINDING_HASH_KEY]: bindingOf({ metakockaPartnerId: partnerMkId }) });

/** What the partners stream leaves in Twenty: every sandbox partner bound, with its address ids (server/sync/partners/fields.ts). */
export async function bindPartners(env: DocumentsEnv): Promise<void> {
  for (const p of env.sandbox.store.partners.list()) {
    const binding = {
      metakockaPartnerId: p.mkId,
      metakockaDeliveryAddresses: p.addresses.map((a) => ({ mkId: a.mkId, type: a.type })),
      metakockaSyncHash: syncedBindingHash(p.mkId),
    };
    if (p.businessEntity) await env.rt.crm.companies.upsertMany([{ name: p.customer, ...binding }]);
    else await env.rt.crm.people.upsertMany([binding]);
  }
}

/** Products as the products stream leaves them: bound by metakockaId, with code and VAT code. */
export async function bindProducts(env: DocumentsEnv): Promise<void> {
  const drafts = env.sandbox.store.products
    .list()
    .map((p) => ({ metakockaId: p.mkId, code: p.code, name: p.name, vatCode: p.tax ?? 'EX4' }));
  await env.rt.crm.products.upsertMany(drafts);
}

export function pushDeps(env: DocumentsEnv, overrides: Partial<PushDeps> = {}): PushDeps {
  const { crm } = env.rt;
  return {
    mk: env.client,
    repos: env.repos,
    documents: env.repos.documents,
    companies: crm.companies,
    people: crm.people,
    products: crm.products,
    issues: createIssueBook(env.rt, DOCUMENTS_STREAM),
    now: env.rt.now,
    conflictPolicy: DEFAULT_SETTINGS.conflicts.documents,
    pushPartner: async () => {
      throw new Error('this test expects no partner push');
    },
    ...overrides,
  };
}

/** A document a user drafts in Twenty: its customer and lines picked from products (micros as Twenty stores money). */
export async function draftInTwenty(
  env: DocumentsEnv,
  input: {
    type: 'SALES_OFFER' | 'SALES_ORDER';
    companyId: string;
    lines: Array<{ productMkId: string; quantity: number; discountPercent?: number }>;
  },
): Promise<string> {
  const [doc] = await env.repos.documents.upsertMany([
    {
      name: 'Oprema za sejno sobo',
      documentType: input.type,
      companyId: input.companyId,
      currency: 'EUR',
      documentDate: '2026-11-25',
    },
  ]);
  const products = await env.rt.crm.products.findBy(
    'metakockaId',
    input.lines.map((l) => l.productMkId),
  );
  await env.repos.lines.upsertMany(
    input.lines.map((l, i) => {
      const product = products.find((p) => p.metakockaId === l.productMkId)!;
      const sandboxProduct = env.sandbox.store.products.get(l.productMkId)!;
      const net = sandboxProduct.prices[0]?.breaks[0]?.price ?? 1_000_000_000n;
      return {
        salesDocumentId: doc!.id,
        productId: product.id,
        code: product.code,
        quantity: l.quantity,
        discountPercent: l.discountPercent ?? 0,
        vatCode: product.vatCode,
        unitPrice: { amountMicros: String(net / 100n), currencyCode: 'EUR' },
        lineNumber: i + 1,
        name: product.name,
      };
    }),
  );
  return doc!.id;
}
