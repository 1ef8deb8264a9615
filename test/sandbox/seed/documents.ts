/**
 * Seeds sales documents: offers, orders, invoices (domestic, foreign, retail, prepaid) and credit notes with 1-8 lines,
 * exact totals, statuses, payments and offer -> order -> invoice lineage (API.md §2.8, §3.3, §8.3).
 */
import { computeTotals } from '../store/totals';
import type { SandboxStore } from '../store/store';
import type { DocLine, Partner, Product, SalesDocType, SalesDocument } from '../store/types';
import { SCALE, fromInt, type Dec } from '../values/decimal';
import { ymdInLjubljana, type Ymd } from '../values/dates';
import type { Prng } from '../values/prng';

const DAY = 86_400_000;

function pickType(prng: Prng, partner: Partner): SalesDocType {
  const r = prng.next();
  if (r < 0.15) return 'sales_offer';
  if (r < 0.5) return 'sales_order';
  if (r < 0.9)
    return partner.foreign
      ? 'sales_bill_foreign'
      : partner.businessEntity
        ? 'sales_bill_domestic'
        : 'sales_bill_retail';
  if (r < 0.95) return 'sales_bill_prepaid';
  return 'sales_bill_credit_note';
}

/** HR used the kuna until 2023; US partners pay in dollars; everything else is in euro. */
function currencyFor(partner: Partner, docDate: Ymd): string {
  const iso = partner.addresses[0]?.countryIso2;
  if (iso === 'US') return 'USD';
  if (iso === 'HR' && docDate < '2023-01-01') return 'HRK';
  return 'EUR';
}

/**
 * Most sales are of a few thousand popular products; picking by index keeps the lazily seeded catalogue mostly unbuilt.
 */
function productPicker(store: SandboxStore, prng: Prng): () => Product {
  const total = store.products.count();
  const popular = Math.min(total, 2000);
  return () => {
    let p = store.products.at(0);
    for (let attempt = 0; attempt < 20; attempt++) {
      p = store.products.at(prng.chance(0.85) ? prng.int(0, popular - 1) : prng.int(0, total - 1));
      if (p.sales && p.activated) return p;
    }
    return p;
  };
}

function lines(store: SandboxStore, prng: Prng, pick: () => Product, partner: Partner, max: number): DocLine[] {
  const count = prng.int(1, max);
  const out: DocLine[] = [];
  for (let i = 0; i < count; i++) {
    const p = pick();
    // Intra-EU business buyers abroad get 0 % (EX1); everything else the product's own rate.
    const tax = partner.foreign && partner.taxpayer ? 'EX1' : (p.tax ?? 'EX4');
    const net = p.prices[0]?.breaks[0]?.price ?? fromInt(10);
    out.push({
      rowId: store.nextRowId(),
      productMkId: p.mkId,
      amount: p.unit === 'kg' ? (BigInt(prng.int(5, 200)) * SCALE) / 10n : fromInt(prng.int(1, 20)),
      price: net,
      discount: prng.chance(0.15) ? prng.pick(['5', '10', '10;5']) : '',
      tax,
      name: p.name,
    });
  }
  return out;
}

function statusFor(prng: Prng, type: SalesDocType, ageDays: number): string | undefined {
  if (type === 'sales_order') {
    if (prng.chance(0.1)) return undefined; // no status at all (API.md §3.3 live)
    if (ageDays > 30) return prng.chance(0.9) ? 'shipped' : 'canceled';
    return prng.pick(['new_order', 'created', 'ready_to_ship', 'shipped']);
  }
  if (type === 'sales_offer') return prng.pick(['open', 'accepted', 'rejected']);
  return prng.chance(0.8) ? 'open' : undefined;
}

export function seedDocuments(store: SandboxStore, prng: Prng, count: number): void {
  const partners = store.partners.list();
  if (count === 0 || partners.length === 0 || store.products.count() === 0) return;
  const products = productPicker(store, prng);
  const now = store.now();
  // Four years back, so Croatian documents from before the euro (2023) are in kuna.
  const start = now - 1461 * DAY;
  const recent: Partial<Record<SalesDocType, SalesDocument[]>> = {};
  for (let i = 0; i < count; i++) {
    const created = Math.floor(start + ((now - start) * (i + prng.next())) / count);
    const docDate = ymdInLjubljana(created);
    let partner = prng.pick(partners);
    let type = pickType(prng, partner);
    let docLines = lines(store, prng, products, partner, 8);
    const offerList: string[] = [];
    const salesOrderList: string[] = [];
    const head: Record<string, string> = {};
    const source =
      type === 'sales_order'
        ? recent.sales_offer
        : type.startsWith('sales_bill_d') || type === 'sales_bill_foreign'
          ? recent.sales_order
          : undefined;
    if (source && source.length > 0 && prng.chance(0.35)) {
      // Lineage: the document continues an earlier offer or order of the same partner (API.md §2.5 offer_list / sales_order_list).
      const from = prng.pick(source);
      partner = store.partners.get(from.partner.partnerMkId)!;
      if (type !== 'sales_order') type = partner.foreign ? 'sales_bill_foreign' : 'sales_bill_domestic';
      docLines = from.lines.map((l) => ({ ...l, rowId: store.nextRowId() }));
      (from.docType === 'sales_offer' ? offerList : salesOrderList).push(from.mkId);
    }
    if (type === 'sales_bill_credit_note') {
      const bills = recent.sales_bill_domestic ?? [];
      head.credit_note_type = bills.length > 0 ? 'financial' : 'standalone';
      if (bills.length > 0) {
        const bill = prng.pick(bills);
        head.credit_note_bill = bill.countCode;
        partner = store.partners.get(bill.partner.partnerMkId)!;
      }
      docLines = docLines.slice(0, 1);
    }
    if (type === 'sales_order' && prng.chance(0.6))
      head.buyer_order = `WEB-${docDate.slice(0, 4)}-${String(i + 1).padStart(6, '0')}`;
    if (prng.chance(0.5))
      head.title = prng.pick([
        'Oprema za pisarno',
        'Naročilo po ponudbi',
        'Letna pogodba',
        'Spletno naročilo',
        'Servis in material',
      ]);
    if (type.startsWith('sales_bill_')) head.method_of_payment = 'Transakcijski račun';
    const countCode = store.nextDocumentNumber(type);
    const doc: SalesDocument = {
      mkId: store.nextDocumentId(),
      docType: type,
      countCode,
      docDate,
      partner: { partnerMkId: partner.mkId, addressMkId: partner.addresses[0]!.mkId },
      receiver: partner.addresses[1]
        ? { partnerMkId: partner.mkId, addressMkId: partner.addresses[1].mkId }
        : undefined,
      currencyCode: currencyFor(partner, docDate),
      warehouseMark: store.warehouses.main().mark,
      profitCenter: prng.pick(['Splet', 'Trgovina', 'Veleprodaja']),
      statusKey: statusFor(prng, type, (now - created) / DAY),
      head,
      dates: type.startsWith('sales_bill_') ? { duo_payment: ymdInLjubljana(created + 30 * DAY) } : {},
      lines: docLines,
      payments: [],
      offerList,
      salesOrderList,
      extraColumns: [],
      bankRefNumber: countCode.replace(/\D/g, ''),
      createdTs: created,
      lastChangeTs: Math.min(now, created + prng.int(0, 10) * DAY),
      publishTs: type.startsWith('sales_bill_') && prng.chance(0.8) ? created + 3_600_000 : undefined,
      reserved: [],
    };
    seedPayments(prng, doc, created, now);
    store.documents.insert(doc);
    store.applyReservations(doc);
    const list = (recent[type] ??= []);
    list.push(doc);
    if (list.length > 200) list.shift();
  }
}

function seedPayments(prng: Prng, doc: SalesDocument, created: number, now: number): void {
  if (!doc.docType.startsWith('sales_bill_') || doc.docType === 'sales_bill_credit_note') return;
  const r = prng.next();
  if (r > 0.7) return;
  const total = computeTotals(doc).sumAll;
  const amount: Dec = r < 0.6 ? total : (total / 2n / (SCALE / 100n)) * (SCALE / 100n);
  const paidAt = Math.min(now, created + prng.int(1, 40) * DAY);
  doc.payments.push({ paymentType: 'Transakcijski račun', date: ymdInLjubljana(paidAt), amount });
}
