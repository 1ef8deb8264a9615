/**
 * The sandbox in process, for tests that run the sync engine without HTTP: the app's own Metakocka client and port
 * (server/sync/metakocka-adapter.ts) over the sandbox core, so partners, products and documents are the sandbox's
 * records and every call takes the production path, quirks included. Tests seed and inspect records in the sync's
 * normalised shapes through `partners` and `products` (shelves.ts), which read and write the same store.
 */
import { createMetakockaClient, type MetakockaClient } from 'server/metakocka';
import { metakockaPort } from 'server/sync/metakocka-adapter';
import type { MkPort } from 'server/sync/mk-port';
import { SandboxCore } from './core';
import { seedRegisters } from './seed/catalogue';
import { PartnerShelf, ProductShelf } from './shelves';
import { SandboxStore } from './store/store';
import { createPrng } from './values/prng';

export interface InProcessMetakocka extends MkPort {
  store: SandboxStore;
  core: SandboxCore;
  client: MetakockaClient;
  partners: PartnerShelf;
  products: ProductShelf;
  /** Transient faults on the wire at `rate`: half answer 503 (nothing arrived), half apply the call and drop the answer. */
  setFaults(rate: number, random: () => number): void;
  /** A new function run: the port lists partners again (it keeps one listing per run, API.md §2.2). */
  newFunctionRun(): void;
}

type WireFaults = { rate: number; random: () => number } | null;

const COMPANY_ID = '4711';
const SECRET = 'in-process-sandbox-secret';

/** An in-process fetch into the sandbox core: a dropped connection is a network error, as over HTTP. */
function inProcessFetch(core: SandboxCore, faults: () => WireFaults): typeof fetch {
  return (async (url: string | URL, init?: RequestInit) => {
    const f = faults();
    const roll = f ? f.random() : 1;
    if (f && roll < f.rate / 2)
      return new Response('<html><body>503 Service Unavailable</body></html>', {
        status: 503,
        headers: { 'content-type': 'text/html' },
      });
    const outcome = await core.handle({
      method: init?.method ?? 'GET',
      path: new URL(String(url)).pathname,
      contentType: 'application/json',
      body: String(init?.body ?? ''),
    });
    if (outcome.kind !== 'reply' || (f && roll < f.rate)) throw new TypeError('fetch failed'); // the answer is lost
    return new Response(outcome.body as BodyInit, {
      status: outcome.status,
      headers: { 'content-type': outcome.contentType },
    });
  }) as typeof fetch;
}

/** A sandbox with its registers (pricelists, warehouses) and no partners or products, reached in process. */
export function createInProcessMetakocka(opts: { now: () => Date; seed?: number }): InProcessMetakocka {
  const store = new SandboxStore(opts.now);
  seedRegisters(store, createPrng(opts.seed ?? 1));
  const core = new SandboxCore(store, COMPANY_ID, SECRET, null, opts.seed ?? 1);
  let faults: WireFaults = null;
  const client = createMetakockaClient({
    baseUrl: 'http://metakocka.sandbox.invalid',
    companyId: COMPANY_ID,
    secretKey: SECRET,
    fetch: inProcessFetch(core, () => faults),
    retry: { attempts: 1, baseDelayMs: 0, budgetMs: 0 },
    sleep: async () => undefined,
    timeoutMs: 60_000,
  });
  let port = metakockaPort(client);
  return {
    store,
    core,
    client,
    partners: new PartnerShelf(store),
    products: new ProductShelf(store),
    setFaults: (rate, random) => void (faults = { rate, random }),
    newFunctionRun: () => void (port = metakockaPort(client)),
    partnersPage: (offset, limit) => {
      if (offset === 0) port = metakockaPort(client); // a run's first page is read fresh, as a new run would
      return port.partnersPage(offset, limit);
    },
    findPartners: (query) => port.findPartners(query),
    addPartner: (draft) => port.addPartner(draft),
    updatePartner: (draft) => port.updatePartner(draft),
    productsPage: (offset, limit, filter) => port.productsPage(offset, limit, filter),
    productsByMkIds: (mkIds) => port.productsByMkIds(mkIds),
    documents: client, // the port serves documents through the client itself; a test may point it at another sandbox
    callCounts: () => client.callCounts(),
  };
}
