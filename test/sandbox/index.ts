/**
 * The Metakocka sandbox: an in-memory Metakocka company behind the real wire protocol (API.md §1-§6, §9).
 *
 *   const mk = await startSandbox({ seed: 7, products: 50, partners: 20, documents: 30 });
 *   // mk.url is an origin: family A = `${mk.url}/rest/eshop/v1/json/<m>`, B = `${mk.url}/rest/eshop/v1/<m>`.
 *   // Every body carries { secret_key: mk.secretKey, company_id: mk.companyId }.
 *   await mk.close();
 *
 * Without a socket (msw):  const core = createSandboxCore({ seed: 7 }); setupServer(...metakockaHandlers(core, base)).
 *
 * The store (`sandbox.store`, also `core.store`) is the company's data, live and editable (records: store/types.ts):
 *   store.partners.list() / .get(mkId) / .ownerOfAddress(addressMkId)    partners with .addresses and .contacts
 *   store.products.list() / .get(mkId) / .byCode(code) / .byCountCode(cc) / .at(i) / .slice(a, b) / .count()
 *                                      edit fields, then store.touchProduct(mkId). Seeded products are built lazily
 *                                      on first read (list() builds all; prefer get/byCode/slice on 100,000 products)
 *   store.warehouses.list() / .byMark(mark) / .main()
 *   store.stock.rows (builds all products first) / .forProduct(mkId) / .reserved(productMkId, whMkId) / .setAmount(productMkId, whMkId, dec('12'))
 *   store.documents.list() / .get(mkId) / .byType('sales_order') / .deleted   edit, then store.touchDocument(mkId)
 *   store.issueDocument(mkId)          a user issues an invoice (publish_ts; API-made invoices are not issued, §6 item 26)
 *   store.deleteDocumentAsUser(mkId)   a user deletes a document in the UI (§6 item 25)
 *   record.wireOverride = { amount: 'abc' }   a partner, product or document sent malformed (wire values as given)
 *   store.settings                     partnerPaging 'ignored'|'honoured', partnerOprCode 'omit'|'include',
 *                                      stockWarehouseFilter, fiscalCashRegisters, searchWorkMs (mutable at run time)
 *   store.pricelists                   the company's price lists (not listable through the API, §3.2)
 * Money and amounts are bigint decimals with 8 places (values/decimal.ts: dec('8.5'), formatPlain(v)); dates are
 * 'YYYY-MM-DD' Ljubljana days; timestamps are epoch ms. Products and partners have no change feed on the wire (§4).
 *
 * Calls: sandbox.calls.total() / byMethod() / log; the search lane: sandbox.searchLane { inFlight, maxInFlight, waited }.
 * Faults: opts.faults or sandbox.setFaults('timeout:0.05,5xx:0.05,...') (spec in faults.ts), or sandbox.failNext('lost-write', 'put_document').
 * Clock: opts.clock (default the real clock) stamps created_ts and last_change_ts.
 */
import { randomBytes } from 'node:crypto';
import { SandboxCore, type CallLog, type SearchLaneStats } from './core';
import type { FaultKind, FaultSpec } from './faults';
import { listen } from './http-server';
import { seedStore } from './seed';
import { SandboxStore, type StoreSettings } from './store/store';

export { SandboxCore } from './core';
export { SandboxStore } from './store/store';
export type { FaultKind, FaultSpec } from './faults';
export { parseFaultSpec } from './faults';
export { dec, formatPlain, parseDecimal } from './values/decimal';
export type * from './store/types';

/**
 * msw handlers on a core (same as test/sandbox/msw.ts). msw is loaded only when this is called, so that code which
 * just starts the HTTP sandbox does not need msw's ESM dependencies to load (a jest config issue, see report C).
 */
export function metakockaHandlers(
  core: SandboxCore,
  baseUrl: string,
): ReturnType<typeof import('./msw').metakockaHandlers> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const msw = require('./msw') as typeof import('./msw');
  return msw.metakockaHandlers(core, baseUrl);
}

export interface SandboxOptions {
  port?: number;
  companyId?: string;
  secretKey?: string;
  seed?: number;
  products?: number;
  partners?: number;
  documents?: number;
  latencyMs?: number;
  faults?: string | FaultSpec;
  clock?: () => Date;
  settings?: Partial<StoreSettings>;
}

export interface Sandbox {
  url: string;
  companyId: string;
  secretKey: string;
  store: SandboxStore;
  core: SandboxCore;
  calls: CallLog;
  searchLane: SearchLaneStats;
  setFaults(spec: string | FaultSpec | null): void;
  failNext(kind: FaultKind, method?: string): void;
  close(): Promise<void>;
}

/** Defaults keep tests quick; the CLI and bench ask for more. */
const DEFAULT_SIZES = { products: 30, partners: 20, documents: 40 };

function withLatency(
  faults: string | FaultSpec | undefined,
  latencyMs: number | undefined,
): string | FaultSpec | undefined {
  if (!latencyMs) return faults;
  if (faults === undefined) return { latencyMs };
  if (typeof faults === 'string') return `${faults},latency:${latencyMs}`;
  return { ...faults, latencyMs };
}

export function createSandboxCore(opts: SandboxOptions = {}): SandboxCore {
  const seed = opts.seed ?? 1;
  const store = new SandboxStore(opts.clock ?? (() => new Date()), opts.settings);
  seedStore(store, seed, {
    products: opts.products ?? DEFAULT_SIZES.products,
    partners: opts.partners ?? DEFAULT_SIZES.partners,
    documents: opts.documents ?? DEFAULT_SIZES.documents,
  });
  const companyId = opts.companyId ?? String(1000 + (seed % 9000));
  const secretKey = opts.secretKey ?? randomBytes(16).toString('hex');
  return new SandboxCore(store, companyId, secretKey, withLatency(opts.faults, opts.latencyMs), seed);
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const core = createSandboxCore(opts);
  const http = await listen(core, opts.port ?? 0);
  return {
    url: http.url,
    companyId: core.companyId,
    secretKey: core.secretKeyForOwner(),
    store: core.store,
    core,
    calls: core.calls,
    searchLane: core.searchLane,
    setFaults: (spec) => core.setFaults(spec),
    failNext: (kind, method) => core.failNext(kind, method),
    close: () => http.close(),
  };
}
