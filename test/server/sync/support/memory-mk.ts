// An in-memory Metakocka behind the sync's MkPort, with call counts and injectable failures, for engine unit tests.
import type {
  DocumentsMk,
  MetakockaPartner,
  MetakockaPartnerDraft,
  MkPort,
  MetakockaProduct,
} from 'server/sync/mk-port';

export interface MemoryMk extends MkPort {
  partners: Map<string, MetakockaPartner>;
  products: MetakockaProduct[];
  failNext(n: number, error: () => Error): void;
}

/** Documents are the sandbox's own (memory-documents.ts plugs them in); until then a documents call fails loudly. */
const NO_DOCUMENTS: DocumentsMk = new Proxy({} as DocumentsMk, {
  get: (_target, method) =>
    method === 'callCounts'
      ? () => ({})
      : () => {
          throw new Error(`memory Metakocka has no documents (${String(method)}): call attachMemoryDocuments first`);
        },
});

export function createMemoryMk(): MemoryMk {
  const counts: Record<string, number> = {};
  let nextId = 900_000_000;
  let failures: { left: number; error: () => Error } = { left: 0, error: () => new Error('x') };
  const count = (method: string) => {
    counts[method] = (counts[method] ?? 0) + 1;
    if (failures.left > 0) {
      failures.left -= 1;
      throw failures.error();
    }
  };
  const partners = new Map<string, MetakockaPartner>();
  const products: MetakockaProduct[] = [];
  const newId = () => String((nextId += 1));
  const applyContacts = (partner: MetakockaPartner, draft: MetakockaPartnerDraft) => {
    for (const c of draft.contacts ?? []) {
      const existing = c.mkId ? partner.contacts.find((x) => x.mkId === c.mkId) : undefined;
      if (existing) Object.assign(existing, { name: c.name, email: c.email, gsm: c.gsm, phone: c.phone });
      else
        partner.contacts.push({
          mkId: newId(),
          addressMkId: c.addressMkId ?? partner.addresses[0]?.mkId ?? '',
          name: c.name,
          email: c.email,
          gsm: c.gsm,
          phone: c.phone,
        });
    }
  };
  return {
    partners,
    products,
    documents: NO_DOCUMENTS,
    failNext(n, error) {
      failures = { left: n, error };
    },
    callCounts: () => ({ ...counts }),
    async partnersPage(offset, limit) {
      count('get_partner');
      const all = [...partners.values()];
      return {
        partners: structuredClone(all.slice(offset, offset + limit)),
        unreadable: [],
        complete: offset + limit >= all.length,
      };
    },
    async findPartners(q) {
      count('get_partner');
      return structuredClone(
        [...partners.values()].filter(
          (p) =>
            (q.mkId && p.mkId === q.mkId) ||
            (q.taxNumber && p.taxIdNumber === q.taxNumber) ||
            (q.email && p.contacts.some((c) => c.email === q.email)) ||
            (q.name && p.name.toLowerCase().includes(q.name.toLowerCase())),
        ),
      );
    },
    async addPartner(draft) {
      count('add_partner');
      const mkId = newId();
      const addressId = newId();
      const partner: MetakockaPartner = {
        mkId,
        countCode: String(partners.size + 1000),
        name: draft.name,
        businessEntity: draft.businessEntity,
        taxpayer: draft.taxpayer,
        foreign: false,
        buyer: true,
        taxIdNumber: draft.taxIdNumber,
        contacts: [],
        addresses: [
          {
            mkId: addressId,
            type: 'Račun',
            street: draft.street,
            postNumber: draft.postNumber,
            city: draft.city,
            province: '',
            country: draft.country,
          },
        ],
      };
      applyContacts(partner, draft);
      partners.set(mkId, partner);
      return { mkId, contactMkId: partner.contacts[0]?.mkId ?? null, addressMkIds: [addressId] };
    },
    async updatePartner(draft) {
      count('update_partner');
      const partner = partners.get(draft.mkId);
      if (!partner) throw new Error(`no partner ${draft.mkId}`);
      Object.assign(partner, {
        name: draft.name,
        businessEntity: draft.businessEntity,
        taxpayer: draft.taxpayer,
        taxIdNumber: draft.taxIdNumber,
      });
      const billing = partner.addresses.find((a) => a.type === 'Račun');
      if (billing)
        Object.assign(billing, {
          street: draft.street,
          postNumber: draft.postNumber,
          city: draft.city,
          country: draft.country,
        });
      applyContacts(partner, draft);
      return structuredClone(partner);
    },
    async productsPage(offset, limit, filter) {
      count('product_list');
      const all = products.filter((p) => !filter.eshopOnly || p.eshopSync);
      return { products: structuredClone(all.slice(offset, offset + limit)), unreadable: [] };
    },
    async productsByMkIds(ids) {
      count('product_list');
      return structuredClone(products.filter((p) => ids.includes(p.mkId)));
    },
  };
}

let seq = 0;
export function product(overrides: Partial<MetakockaProduct> = {}): MetakockaProduct {
  seq += 1;
  return {
    mkId: String(1_600_390_000 + seq),
    countCode: `PA_${seq}`,
    code: `SKU-${seq}`,
    name: `Product ${seq}`,
    unit: 'kos',
    active: true,
    eshopSync: true,
    service: false,
    categories: [],
    minStock: null,
    priceLists: [
      {
        countCode: '1',
        title: 'Maloprodaja',
        salesPurchase: 'sales',
        currency: 'EUR',
        price: '8.5',
        priceWithTax: null,
        taxCode: 'EX4',
        taxFactor: '0.22',
      },
    ],
    stockTotal: '120',
    stock: [{ warehouse: 'glavno', amount: '120' }],
    ...overrides,
  };
}

export function partner(overrides: Partial<MetakockaPartner> = {}): MetakockaPartner {
  seq += 1;
  const addressId = String(1_600_480_000 + seq * 10);
  return {
    mkId: String(1_600_481_000 + seq * 10),
    countCode: String(1000 + seq),
    name: `Podjetje ${seq} d.o.o.`,
    businessEntity: true,
    taxpayer: true,
    foreign: false,
    buyer: true,
    taxIdNumber: `SI${10000000 + seq}`,
    contacts: [
      {
        mkId: String(1_600_481_000 + seq * 10 + 7),
        addressMkId: addressId,
        name: `Nina Zupan ${seq}`,
        email: `nina${seq}@podjetje.example`,
        gsm: '041 555 666',
        phone: '',
      },
    ],
    addresses: [
      {
        mkId: addressId,
        type: 'Račun',
        street: `Tržaška cesta ${seq}`,
        postNumber: '1000',
        city: 'Ljubljana',
        province: '',
        country: 'Slovenija',
      },
      {
        mkId: String(1_600_480_000 + seq * 10 + 1),
        type: 'Dobava',
        street: 'Industrijska ulica 7',
        postNumber: '4000',
        city: 'Kranj',
        province: '',
        country: 'Slovenija',
      },
    ],
    ...overrides,
  };
}
