// The Metakocka side of the bench and of `npm start`: a seeded sandbox, its call counts, a projection of its store for
// the integrity check, and the "1% of products changed" edit.
import { SALES_DOC_TYPES } from 'server/sync/documents/model/document-types';
import { startSandbox, type Sandbox } from 'test/sandbox';
import type { MkSide } from './integrity';

export interface MkStartOptions {
  partners: number;
  products: number;
  documents: number;
  seed?: number;
  latencyMs?: number;
  companyId?: string;
  secretKey?: string;
}

export interface MkCounts {
  partners: number;
  contacts: number;
  privatePersons: number;
  products: number;
  documentsByType: Record<string, number>;
  lines: number;
}

export const startMkSide = (o: MkStartOptions): Promise<Sandbox> =>
  startSandbox({
    seed: o.seed ?? 1,
    partners: o.partners,
    products: o.products,
    documents: o.documents,
    latencyMs: o.latencyMs ?? 0,
    ...(o.companyId ? { companyId: o.companyId } : {}),
    ...(o.secretKey ? { secretKey: o.secretKey } : {}),
  });

const liveDocuments = (sandbox: Sandbox) => {
  const types = new Set<string>(SALES_DOC_TYPES);
  return sandbox.store.documents.list().filter((d) => types.has(d.docType));
};

export function mkSnapshot(sandbox: Sandbox, withDocuments: boolean): MkSide {
  const partners = sandbox.store.partners.list().map((p) => ({
    mkId: p.mkId,
    name: p.customer,
    businessEntity: p.businessEntity,
    taxIdNumber: p.taxIdNumber ?? '',
    contacts: p.contacts.map((c) => ({ mkId: c.mkId })),
  }));
  const products = sandbox.store.products.list().map((p) => ({ mkId: p.mkId, code: p.code, name: p.name }));
  if (!withDocuments) return { partners, products };
  const documents = liveDocuments(sandbox).map((d) => ({
    mkId: d.mkId,
    countCode: d.countCode,
    rowIds: d.lines.map((l) => l.rowId),
  }));
  return { partners, products, documents };
}

export function mkCounts(sandbox: Sandbox): MkCounts {
  const partners = sandbox.store.partners.list();
  const documentsByType: Record<string, number> = Object.fromEntries(SALES_DOC_TYPES.map((t) => [t, 0]));
  let lines = 0;
  for (const d of liveDocuments(sandbox)) {
    documentsByType[d.docType] = (documentsByType[d.docType] ?? 0) + 1;
    lines += d.lines.length;
  }
  return {
    partners: partners.length,
    contacts: partners.filter((p) => p.businessEntity).reduce((n, p) => n + p.contacts.length, 0),
    privatePersons: partners.filter((p) => !p.businessEntity).length,
    products: sandbox.store.products.count(),
    documentsByType,
    lines,
  };
}

/** A user renames every 1/fraction-th product in Metakocka (deterministic, so runs compare); returns how many. */
export function changeProducts(sandbox: Sandbox, fraction: number): number {
  const count = sandbox.store.products.count();
  const step = Math.max(1, Math.round(1 / fraction));
  let changed = 0;
  for (let i = 0; i < count; i += step) {
    const product = sandbox.store.products.at(i);
    if (!product) continue;
    product.name = `${product.name} (rev. b)`;
    sandbox.store.touchProduct(product.mkId);
    changed += 1;
  }
  return changed;
}
