// Metakocka's sales documents for the in-memory sync world: C's sandbox store and core (test/sandbox), called in
// process through B's real client, so documents, lines, totals, payments and lineage are the sandbox's own and
// put_document behaves as the sandbox does (API.md §3.1, §6). The memory Metakocka's partners and products are
// mirrored into the sandbox first, so documents point at the partners and products the other streams sync.
import { createMetakockaClient, type MetakockaClient } from 'server/metakocka';
import type { MetakockaPartner, MetakockaProduct } from 'server/sync/mk-port';
import { SandboxCore } from 'test/sandbox/core';
import { seedRegisters } from 'test/sandbox/seed/catalogue';
import { seedDocuments } from 'test/sandbox/seed/documents';
import { SandboxStore } from 'test/sandbox/store/store';
import type { Partner, Product, SalesDocType } from 'test/sandbox/store/types';
import { dec } from 'test/sandbox/values/decimal';
import { createPrng } from 'test/sandbox/values/prng';
import type { TestRuntime } from './runtime';

export interface MemoryDocuments {
  store: SandboxStore;
  core: SandboxCore;
  client: MetakockaClient;
  /** Transient faults on the wire at `rate`: half answer 503 (nothing arrived), half apply the call and drop the answer. */
  setFaults(rate: number, random: () => number): void;
}

type WireFaults = { rate: number; random: () => number } | null;

const COMPANY_ID = '4711';
const SECRET = 'crash-sandbox-secret';
/** Products documents are made of; the first ones of the memory catalogue (the products stream binds them all). */
export const DOCUMENT_PRODUCTS = 20;

function sandboxPartner(p: MetakockaPartner): Partner {
  return {
    mkId: p.mkId,
    countCode: p.countCode,
    customer: p.name,
    businessEntity: p.businessEntity,
    taxpayer: p.taxpayer,
    foreign: p.foreign,
    buyer: true,
    supplier: false,
    taxIdNumber: p.taxIdNumber || undefined,
    addresses: p.addresses.map((a) => ({
      mkId: a.mkId,
      type: a.type as Partner['addresses'][number]['type'],
      street: a.street,
      postNumber: a.postNumber,
      city: a.city,
      countryIso2: p.foreign ? 'AT' : 'SI',
    })),
    contacts: p.contacts.map((c) => ({
      mkId: c.mkId,
      mkAddressId: c.addressMkId,
      name: c.name,
      email: c.email || undefined,
      gsm: c.gsm || undefined,
      phone: c.phone || undefined,
    })),
  };
}

/** Varied net prices (up to 4 decimals, API.md §1.5) and two VAT rates, so totals exercise rounding and the breakdown. */
function sandboxProduct(p: MetakockaProduct, i: number): Product {
  const tax = i % 3 === 2 ? 'EX3' : 'EX4';
  const cents = 300 + ((i * 7919) % 9000);
  const price = dec(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}${i % 4 === 1 ? '35' : ''}`);
  return {
    mkId: p.mkId,
    countCode: p.countCode,
    code: p.code,
    name: p.name,
    unit: p.unit,
    service: p.service,
    sales: true,
    purchasing: false,
    work: false,
    activated: true,
    eshopSync: p.eshopSync,
    tax,
    categories: [],
    prices: [{ pricelistCountCode: '1', salesPurchase: 'sales', breaks: [{ price, tax }] }],
    changedAt: 0,
  };
}

/** The seeder picks invoice types from the partner; make sure every one of the seven types is present. */
function ensureEveryType(store: SandboxStore): void {
  const present = (t: SalesDocType) => store.documents.byType(t).length > 0;
  const convertible = () =>
    store.documents
      .byType('sales_bill_domestic')
      .filter(
        (d) =>
          d.salesOrderList.length === 0 && !store.documents.list().some((c) => c.head.credit_note_bill === d.countCode),
      );
  for (const type of ['sales_bill_foreign', 'sales_bill_prepaid', 'sales_bill_retail'] as const) {
    if (present(type)) continue;
    const from = convertible()[0];
    if (!from) continue;
    store.documents.remove(from.mkId);
    store.documents.deleted.pop(); // a retyped seed document, not a user deletion
    store.documents.insert({ ...from, docType: type, countCode: store.nextDocumentNumber(type) });
  }
}

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

/** Seeds `documents` sandbox documents over rt's partners and first products and plugs the client in as rt.mk.documents. */
export function attachMemoryDocuments(rt: TestRuntime, opts: { documents: number; seed: number }): MemoryDocuments {
  const store = new SandboxStore(() => rt.now());
  seedRegisters(store, createPrng(opts.seed));
  for (const p of rt.mk.partners.values()) store.partners.insert(sandboxPartner(p));
  rt.mk.products.slice(0, DOCUMENT_PRODUCTS).forEach((p, i) => store.products.insert(sandboxProduct(p, i)));
  seedDocuments(store, createPrng(opts.seed * 31 + 3), opts.documents);
  ensureEveryType(store);
  const core = new SandboxCore(store, COMPANY_ID, SECRET, null, opts.seed);
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
  rt.mk.documents = client;
  // A partner the sync adds (a Twenty-made company) exists for put_document too: one Metakocka company, two views.
  const addPartner = rt.mk.addPartner.bind(rt.mk);
  rt.mk.addPartner = async (draft) => {
    const result = await addPartner(draft);
    const added = rt.mk.partners.get(result.mkId);
    if (added && !store.partners.get(added.mkId)) store.partners.insert(sandboxPartner(added));
    return result;
  };
  return { store, core, client, setFaults: (rate, random) => void (faults = { rate, random }) };
}
