// Fills the sync's MkPort from the Metakocka client (server/metakocka): wire shapes in, normalised sync shapes out.
import type { MetakockaClient, MkPartnerWire, MkPriceListWire, MkProductWire, UnreadableItem } from 'server/metakocka';
import { everyItem } from 'server/metakocka/parse';
import type { MkCategoryNodeWire } from 'server/metakocka/schemas/product.schema';
import type { WireObject } from 'server/metakocka/wire';
import type { MetakockaPartner, MetakockaPartnerDraft, MkPort, MetakockaPriceList, MetakockaProduct } from './mk-port';

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export function partnerFromWire(p: MkPartnerWire): MetakockaPartner {
  return {
    mkId: p.mk_id,
    countCode: text(p.count_code),
    name: text(p.customer),
    businessEntity: p.business_entity ?? true,
    taxpayer: p.taxpayer ?? false,
    foreign: p.foreign_county ?? false,
    buyer: p.buyer ?? true,
    taxIdNumber: text(p.tax_id_number),
    contacts: p.partner_contact_list.map((c) => ({
      mkId: text(c.mk_id),
      addressMkId: text(c.mk_address_id),
      name: text(c.name),
      email: text(c.email),
      gsm: text(c.gsm),
      phone: text(c.phone),
    })),
    addresses: p.partner_delivery_address_list.map((a) => ({
      mkId: text(a.mk_id),
      type: text(a.address_type),
      street: text(a.street),
      postNumber: text(a.post_number),
      city: text(a.city),
      province: text(a.province ?? a.provice),
      country: text(a.country),
    })),
  };
}

/**
 * One entry per price list: a list with quantity tiers comes as one row per tier, each with an object price_def
 * (OFF/docs/product_list.md §1.2, PC_200_PC), or as one row with several price_def entries; the first tier is the price.
 */
function firstTierPerList(rows: MkPriceListWire[]): MkPriceListWire[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${text(row.sales_purchase)}|${text(row.count_code)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function priceListFromWire(list: MkPriceListWire): MetakockaPriceList {
  const def = list.price_def[0];
  return {
    countCode: text(list.count_code),
    title: text(list.title),
    salesPurchase: text(list.sales_purchase),
    currency: text(list.currency_code),
    price: def?.price ?? null,
    priceWithTax: def?.price_with_tax ?? null,
    taxCode: text(def?.tax),
    taxFactor: def?.tax_factor ?? null,
  };
}

/** The category labels of return_category's tree, parents before children, each once (OFF/docs/product_list.md §1.9). */
function categoryLabels(nodes: MkCategoryNodeWire[], out: string[] = []): string[] {
  for (const node of nodes) {
    const label = text(node.tree_node_label).trim();
    if (label !== '' && !out.includes(label)) out.push(label);
    categoryLabels(node.tree_node_list, out);
  }
  return out;
}

export function productFromWire(p: MkProductWire): MetakockaProduct {
  return {
    mkId: p.mk_id,
    countCode: text(p.count_code),
    code: text(p.code),
    name: text(p.name),
    unit: text(p.unit),
    active: p.activated ?? true,
    eshopSync: p.eshop_sync ?? false,
    service: p.service ?? false,
    categories: categoryLabels(p.category_tree_list),
    priceLists: firstTierPerList(p.pricelist).map(priceListFromWire),
    stockTotal: p.amount ?? null,
    minStock: p.min_stock ?? null,
    stock: p.amount_detail.map((row) => ({
      warehouse: text(row.warehouse_mark || row.warehouse_name),
      warehouseName: text(row.warehouse_name || row.warehouse_mark),
      amount: row.amount ?? '0',
    })),
  };
}

/** add_partner / update_partner body in wire names (API.md §2.2). */
export function partnerToWire(draft: MetakockaPartnerDraft): WireObject {
  const body: WireObject = {
    mk_id: draft.mkId,
    customer: draft.name,
    business_entity: draft.businessEntity ? 'true' : 'false',
    taxpayer: draft.taxpayer ? 'true' : 'false',
    tax_id_number: draft.taxIdNumber || undefined,
    street: draft.street,
    post_number: draft.postNumber,
    place: draft.city,
    country: draft.country || undefined,
  };
  const contacts = (draft.contacts ?? []).map((c) => ({
    mk_id: c.mkId,
    mk_address_id: c.addressMkId,
    name: c.name,
    email: c.email || undefined,
    gsm: c.gsm || undefined,
    phone: c.phone || undefined,
  }));
  if (draft.mkId) {
    if (contacts.length > 0) body.partner_contact_list = contacts;
  } else if (contacts[0]) {
    body.partner_contact = {
      name: contacts[0].name,
      email: contacts[0].email,
      gsm: contacts[0].gsm,
      phone: contacts[0].phone,
    };
  }
  return body;
}

export function metakockaPort(client: MetakockaClient): MkPort {
  // get_partner's paging is not trusted (API.md §2.2): the client lists all, once per function run (a job's pages
  // slice the same listing), and each page is sliced from it.
  // Each partner is normalised as it is read; neither the answer nor the wire objects are kept (issue #5 item 9).
  let listing: Promise<{ all: MetakockaPartner[]; unreadable: UnreadableItem[] }> | null = null;
  const list = async () => {
    const unreadable: UnreadableItem[] = [];
    return { all: await client.listPartners(undefined, partnerFromWire, (item) => unreadable.push(item)), unreadable };
  };
  return {
    async partnersPage(offset, limit) {
      listing ??= list().catch((error: unknown) => {
        listing = null; // a failed listing is not kept: the retry lists again
        throw error;
      });
      const { all, unreadable } = await listing;
      // Unreadable partners are reported once a run, with the first page.
      return {
        partners: all.slice(offset, offset + limit),
        unreadable: offset === 0 ? unreadable : [],
        complete: offset + limit >= all.length,
      };
    },
    async findPartners(query) {
      return (
        await client.getPartner({
          partnerId: query.mkId,
          taxNumber: query.taxNumber,
          email: query.email,
          name: query.name,
        })
      ).map(partnerFromWire);
    },
    async addPartner(draft) {
      const result = await client.addPartner(partnerToWire(draft));
      return {
        mkId: result.mk_id,
        contactMkId: result.mk_contact_id ?? null,
        addressMkIds: result.mk_address_id_list.map((a) => a.mk_id),
      };
    },
    async updatePartner(draft) {
      const updated = await client.updatePartner(partnerToWire(draft));
      if (updated) return partnerFromWire(updated);
      const [read] = await client.getPartner({ partnerId: draft.mkId });
      if (!read) throw new Error(`Metakocka partner ${draft.mkId} was updated but cannot be read back.`);
      return partnerFromWire(read);
    },
    async productsPage(offset, limit, filter) {
      const page = await client.productList({
        offset,
        limit,
        filters: { eshop_sync: filter.eshopOnly ? 'true' : undefined, category: filter.category },
        include: { pricelist: true, stock: true, taxFactor: true, category: true },
      });
      return { products: page.products.map(productFromWire), unreadable: page.unreadable };
    },
    async productsByMkIds(mkIds) {
      const out: MetakockaProduct[] = [];
      for (const mkId of mkIds) {
        const { products, unreadable } = await client.productList({
          filters: { mk_id: mkId },
          include: { pricelist: true, stock: true, taxFactor: true },
        });
        out.push(...everyItem({ items: products, unreadable }).map(productFromWire));
      }
      return out;
    },
    // Documents keep the client's own parsed types (server/sync/documents maps them itself), so the client serves as is.
    documents: client,
    callCounts: () => client.callCounts(),
  };
}
