// Resolves what a page of mapped documents points at in Twenty: the customer (company or person, via the partner
// binding metakockaPartnerId), the products of the lines (metakockaId) and the source documents (lineage.ts).
// A partner not yet in Twenty is created first by the partners stream (STYLE.md §2.1: a stream that needs its
// parent asks the parent's stream; it never copies its mapper).
import type { CompaniesRepo } from 'server/crm/companies';
import type { PeopleRepo } from 'server/crm/people';
import type { ProductsRepo } from 'server/crm/products';

import { isSalesDocType } from '../model/document-types';
import { lookupKeys, resolveSource, type KnownDocument, type SourceResolution } from '../model/lineage';
import type { MappedDocument } from '../model/mapper';
import type { SalesDocumentRecord, SalesDocumentsRepo } from 'server/crm/sales-documents';

export interface LinkDeps {
  companies: CompaniesRepo;
  people: PeopleRepo;
  products: ProductsRepo;
  documents: SalesDocumentsRepo;
  /** Pulls these Metakocka partners into Twenty (the partners stream's own pull); absent until that stream offers it. */
  ensurePartners?: (partnerMkIds: string[]) => Promise<void>;
}

export interface CustomerLink {
  companyId: string | null;
  personId: string | null;
}

export interface LinkIndex {
  customer(mapped: MappedDocument): CustomerLink | null;
  productId(productMkId: string | null): string | null;
  source(mapped: MappedDocument): SourceResolution;
}

const unique = (values: Array<string | null | undefined>): string[] => [
  ...new Set(values.filter((v): v is string => !!v)),
];

type PartnerRef = { mkId: string; isBusiness: boolean };

/** A business partner is a company and a private one a person (partners/pull.ts), so each is looked up there first; the
 *  other object is read only for those not found (a partner whose kind changed in Metakocka). */
async function partnerRecords(deps: LinkDeps, refs: PartnerRef[]) {
  const companies = new Map<string, string>();
  const people = new Map<string, string>();
  const read = async (repo: 'companies' | 'people', mkIds: string[]) => {
    if (mkIds.length === 0) return;
    const into = repo === 'companies' ? companies : people;
    for (const r of await deps[repo].findBy('metakockaPartnerId', mkIds)) into.set(r.metakockaPartnerId!, r.id);
  };
  await Promise.all([
    read(
      'companies',
      refs.filter((r) => r.isBusiness).map((r) => r.mkId),
    ),
    read(
      'people',
      refs.filter((r) => !r.isBusiness).map((r) => r.mkId),
    ),
  ]);
  const unfound = refs.filter((r) => !companies.has(r.mkId) && !people.has(r.mkId));
  await Promise.all([
    read(
      'people',
      unfound.filter((r) => r.isBusiness).map((r) => r.mkId),
    ),
    read(
      'companies',
      unfound.filter((r) => !r.isBusiness).map((r) => r.mkId),
    ),
  ]);
  return { companies, people };
}

async function customers(deps: LinkDeps, mapped: MappedDocument[]) {
  const refs = [...new Map(mapped.flatMap((m) => (m.partner ? [[m.partner.mkId, m.partner] as const] : []))).values()];
  let found = await partnerRecords(deps, refs);
  const missing = refs.filter((r) => !found.companies.has(r.mkId) && !found.people.has(r.mkId)).map((r) => r.mkId);
  if (missing.length > 0 && deps.ensurePartners) {
    await deps.ensurePartners(missing);
    found = await partnerRecords(deps, refs);
  }
  return found;
}

const toKnown = (r: SalesDocumentRecord): KnownDocument | null => {
  const docType = r.documentType?.toLowerCase();
  return r.metakockaId && isSalesDocType(docType)
    ? { id: r.id, metakockaId: r.metakockaId, countCode: r.countCode || null, docType }
    : null;
};

async function knownSources(deps: LinkDeps, mapped: MappedDocument[]): Promise<KnownDocument[]> {
  const { mkIds, countCodes } = lookupKeys(mapped.flatMap((m) => m.sources));
  const [byId, byCode] = await Promise.all([
    mkIds.length ? deps.documents.findBy('metakockaId', mkIds) : [],
    countCodes.length ? deps.documents.findBy('countCode', countCodes) : [],
  ]);
  return [...byId, ...byCode].map(toKnown).filter((k): k is KnownDocument => k !== null);
}

export async function resolveLinks(deps: LinkDeps, mapped: MappedDocument[]): Promise<LinkIndex> {
  const productMkIds = unique(mapped.flatMap((m) => m.lines.map((l) => l.productMkId)));
  const [partners, products, known] = await Promise.all([
    customers(deps, mapped),
    productMkIds.length ? deps.products.findBy('metakockaId', productMkIds) : Promise.resolve([]),
    knownSources(deps, mapped),
  ]);
  const productIds = new Map(products.map((p) => [p.metakockaId, p.id]));
  return {
    customer(m) {
      if (!m.partner) return null;
      const companyId = partners.companies.get(m.partner.mkId) ?? null;
      const personId = partners.people.get(m.partner.mkId) ?? null;
      if (!companyId && !personId) return null;
      // A private person (business_entity false) belongs on the person; a business on the company (API.md §3.1).
      return m.partner.isBusiness
        ? { companyId: companyId ?? null, personId: companyId ? null : personId }
        : { companyId: personId ? null : companyId, personId };
    },
    productId: (mkId) => (mkId ? (productIds.get(mkId) ?? null) : null),
    source: (m) => resolveSource(m.sources, known),
  };
}
