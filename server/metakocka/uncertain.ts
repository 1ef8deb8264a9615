// After MK_WRITE_UNCERTAIN: find out whether the lost write was applied before anything is sent again. There are
// no idempotency keys, so look the record up by buyer order, or partner + date + total (API.md §6 item 9, §5.1).
import type { DocumentsApi } from './documents';
import { MetakockaNotFoundError } from './errors';
import { everyItem } from './parse';
import type { PartnersApi } from './partners';
import type { MkDocumentWire } from './schemas/document.schema';
import type { MkPartnerWire } from './schemas/partner.schema';
import type { MkProductWire } from './schemas/product.schema';
import type { ProductsApi } from './products';
import type { SearchApi } from './search';
import { decimalToMinorUnits, parseMkDate, type Decimal, type MkDate } from './values';

export type UncertainDocumentLookup =
  | { docType: string; buyerOrder: string }
  | { docType: string; partnerMkId: string; docDate: MkDate | string; total: Decimal | string; sentAt?: Date | string };
export type UncertainPartnerLookup = { taxNumber: string } | { email: string } | { name: string };
/** product_add refuses a second product with the same code (API.md §2.3), so the SKU identifies it. */
export type UncertainProductLookup = { code: string };

export interface UncertainWriteLookups {
  /** The document the lost put_document created, or null if Metakocka has none (then it is safe to send again). */
  findDocumentAfterUncertainWrite(lookup: UncertainDocumentLookup): Promise<MkDocumentWire | null>;
  /** The partner the lost add_partner created, or null. Several matches: the newest (they come in creation order). */
  findPartnerAfterUncertainWrite(lookup: UncertainPartnerLookup): Promise<MkPartnerWire | null>;
  /** The product the lost product_add created, or null. */
  findProductAfterUncertainWrite(lookup: UncertainProductLookup): Promise<MkProductWire | null>;
}

const MAX_PAGES = 20;
// A document created before the write was sent is not ours; allow for clock skew between the two machines.
const SKEW_MS = 10 * 60_000;
const newest = <T extends { mk_id: string }>(items: T[]): T | null =>
  items.reduce<T | null>((best, item) => (!best || BigInt(item.mk_id) > BigInt(best.mk_id) ? item : best), null);
const norm = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
const taxKey = (text: string | undefined) => (text ?? '').replace(/[\s.-]/g, '').toUpperCase();

export function uncertainWriteLookups(
  api: DocumentsApi & SearchApi & PartnersApi & ProductsApi,
): UncertainWriteLookups {
  async function byBuyerOrder(docType: string, buyerOrder: string): Promise<MkDocumentWire | null> {
    if (docType === 'sales_order') {
      try {
        return await api.getDocument({ docType: 'sales_order', buyerOrder });
      } catch (error) {
        if (error instanceof MetakockaNotFoundError) return null;
        throw error;
      }
    }
    const found: MkDocumentWire[] = [];
    for await (const page of api.searchDocumentsAll({
      docType,
      filters: [{ type: 'customer_order', value: buyerOrder }],
    })) {
      // Every hit must be readable: one that is not may be the lost write, and "not there" would send it again.
      found.push(
        ...everyItem({ items: page.records, unreadable: page.unreadable }).filter(
          (doc) => doc.buyer_order === buyerOrder,
        ),
      );
    }
    return newest(found);
  }

  async function byPartnerDateTotal(
    lookup: Extract<UncertainDocumentLookup, { partnerMkId: string }>,
  ): Promise<MkDocumentWire | null> {
    const day = typeof lookup.docDate === 'string' ? parseMkDate(lookup.docDate) : lookup.docDate;
    const totalMinor = decimalToMinorUnits(lookup.total);
    const notBefore = lookup.sentAt ? new Date(lookup.sentAt).getTime() - SKEW_MS : Number.NEGATIVE_INFINITY;
    // sales_offer searches refuse date filters (API.md §6, item 19): filter the day locally instead.
    const dateFilter = lookup.docType === 'sales_offer' ? {} : { docDateFrom: day, docDateTo: day };
    const found: MkDocumentWire[] = [];
    let pages = 0;
    for await (const page of api.searchDocumentsAll({
      docType: lookup.docType,
      filters: [{ type: 'partner_mk_id', value: lookup.partnerMkId }],
      ...dateFilter,
      orderDirection: 'desc',
    })) {
      found.push(
        ...everyItem({ items: page.records, unreadable: page.unreadable }).filter(
          (doc) =>
            doc.doc_date?.date === day.date &&
            doc.sum_all !== undefined &&
            decimalToMinorUnits(doc.sum_all) === totalMinor &&
            (!doc.created_ts || new Date(doc.created_ts.instant).getTime() >= notBefore),
        ),
      );
      if (++pages >= MAX_PAGES) break;
    }
    return newest(found);
  }

  return {
    findDocumentAfterUncertainWrite: (lookup) =>
      'buyerOrder' in lookup ? byBuyerOrder(lookup.docType, lookup.buyerOrder) : byPartnerDateTotal(lookup),

    async findPartnerAfterUncertainWrite(lookup) {
      if ('taxNumber' in lookup) {
        const hits = await api.getPartner({ taxNumber: lookup.taxNumber });
        return hits.filter((p) => taxKey(p.tax_id_number) === taxKey(lookup.taxNumber)).at(-1) ?? null;
      }
      if ('email' in lookup) {
        const hits = await api.getPartner({ email: lookup.email });
        return (
          hits.filter((p) => p.partner_contact_list.some((c) => norm(c.email) === norm(lookup.email))).at(-1) ??
          hits.at(-1) ??
          null
        );
      }
      // Name search is a contains-match (API.md §2.2): keep only exact names.
      const hits = await api.getPartner({ name: lookup.name });
      return hits.filter((p) => norm(p.customer) === norm(lookup.name)).at(-1) ?? null;
    },

    async findProductAfterUncertainWrite(lookup) {
      const { products, unreadable } = await api.productList({ filters: { code: lookup.code } });
      return everyItem({ items: products, unreadable }).find((p) => p.code === lookup.code) ?? null;
    },
  };
}
