/** update_document, delete_document, change_document_status (family B; API.md §2.5). */
import { MkFail, documentNotFound } from '../store/mk-fail';
import type { SandboxStore } from '../store/store';
import type { SalesDocument } from '../store/types';
import { filled, flag, items, object, text, type Body } from '../values/body';
import { formatPlain } from '../values/decimal';
import { draftParty } from './document-party';
import { draftLine } from './document-lines';
import { WAREHOUSE_DOC_TYPES, decimalOrFail, documentDate, salesDocType, statusKeyOf } from './document-input';
import { hasInvoice, invoiceFromOrder } from './put-document';
import type { MethodHandler } from './types';

function locate(store: SandboxStore, body: Body, docType: string): SalesDocument {
  const mkId = filled(body, 'mk_id');
  const buyerOrder = filled(body, 'buyer_order');
  const countCode = filled(body, 'count_code');
  let doc: SalesDocument | undefined;
  if (mkId !== undefined) doc = store.documents.get(mkId);
  else if (buyerOrder !== undefined && docType === 'sales_order')
    doc = store.documents.byType(docType).find((d) => d.head.buyer_order === buyerOrder);
  else if (countCode !== undefined && docType.includes('_bill_'))
    doc = store.documents.byType(docType).find((d) => d.countCode === countCode);
  if (!doc || doc.docType !== docType) throw documentNotFound(docType, mkId ?? buyerOrder ?? countCode);
  return doc;
}

const ORDER_TEXT = [
  'delivery_type',
  'tracking_code',
  'tracking_intermediate_code',
  'parcel_shop_id',
  'notes',
  'notes_header',
];
const IDENTIFIERS = ['secret_key', 'company_id', 'doc_type', 'mk_id', 'buyer_order', 'count_code'];

/** Bills accept only status_code (API.md §2.5); anything else is refused rather than ignored. */
function updateBill(doc: SalesDocument, body: Body): boolean {
  const extra = Object.keys(body).filter((k) => !IDENTIFIERS.includes(k) && k !== 'status_code');
  if (extra.length > 0)
    throw new MkFail('2', `Paramether '${extra[0]}' cannot be updated on ${doc.docType}; only status_code can.`);
  const raw = text(body, 'status_code');
  if (raw === undefined) return false;
  const key = statusKeyOf(doc.docType, raw); // an empty string clears the status
  if (key === doc.statusKey) return false;
  doc.statusKey = key;
  return true;
}

/** Patches only the listed fields; values change only if different (API.md §2.5). Returns whether anything changed. */
function updateOrder(store: SandboxStore, doc: SalesDocument, body: Body): boolean {
  // A tracking code needs the order's invoice, or one made by this same call (the docs' "update and create invoice"
  // example sends both). Live text noted in matejmohar/metakocka-mcp src/write (its update_document draft); opr_code UNCONFIRMED.
  if (filled(body, 'tracking_code') !== undefined && !hasInvoice(store, doc) && flag(body, 'create_invoice') !== true) {
    throw new MkFail('6', 'No invoice for given sales order. Tracking code cannot be add.');
  }
  let changed = false;
  const set = (current: unknown, next: unknown, apply: () => void) => {
    if (JSON.stringify(current) !== JSON.stringify(next)) {
      apply();
      changed = true;
    }
  };
  for (const k of ORDER_TEXT) {
    const v = text(body, k);
    if (v !== undefined && v !== '')
      set(doc.head[k], v, () => {
        doc.head[k] = v;
      });
  }
  const clear = Array.isArray(body.clear) ? body.clear.map(String) : typeof body.clear === 'string' ? [body.clear] : [];
  for (const k of clear) {
    if (['tracking_code', 'notes', 'notes_header'].includes(k) && doc.head[k] !== undefined) {
      delete doc.head[k];
      changed = true;
    }
  }
  const status = text(body, 'status_code');
  if (status !== undefined) {
    const key = statusKeyOf(doc.docType, status);
    set(doc.statusKey, key, () => {
      doc.statusKey = key;
    });
  }
  const shipped = documentDate(body, 'shipped_date');
  if (shipped)
    set(doc.dates.shipped_date, shipped, () => {
      doc.dates.shipped_date = shipped;
    });
  const discountValue = decimalOrFail(body, 'discount_value');
  if (discountValue !== undefined)
    set(doc.discountValue, discountValue, () => {
      doc.discountValue = discountValue;
    });
  const mark = filled(body, 'warehouse');
  if (mark !== undefined) {
    const next = store.warehouses.byMark(mark)?.mark ?? store.warehouses.main().mark; // unknown mark: default (API.md §6 item 11)
    set(doc.warehouseMark, next, () => {
      doc.warehouseMark = next;
    });
  }
  const countCodeNew = filled(body, 'count_code_new');
  if (countCodeNew !== undefined)
    set(doc.countCode, countCodeNew, () => {
      doc.countCode = countCodeNew;
    });
  for (const key of ['partner', 'receiver'] as const) {
    const b = object(body, key);
    if (b) {
      const ref = draftParty(store, b, key).commit();
      set(doc[key], ref, () => {
        doc[key] = ref;
      });
    }
  }
  if (body.extra_column !== undefined) {
    const cols = items(body, 'extra_column').map((c) => ({
      name: text(c, 'name') ?? '',
      value: text(c, 'value') ?? '',
    }));
    set(doc.extraColumns, cols, () => {
      doc.extraColumns = cols;
    });
  }
  return updateLines(store, doc, body) || changed;
}

/** product_add / product_list rows (mk_row_id = update that row), product_remove, mark_delete (API.md §2.5). */
function updateLines(store: SandboxStore, doc: SalesDocument, body: Body): boolean {
  let changed = false;
  const pricelist = doc.head.sales_pricelist_code ?? '1';
  for (const row of [...items(body, 'product_add'), ...items(body, 'product_list')]) {
    const rowId = filled(row, 'mk_row_id');
    const index = rowId === undefined ? -1 : doc.lines.findIndex((l) => l.rowId === rowId);
    if (rowId !== undefined && index < 0) throw new MkFail('2', `Cannot find product row with mk_row_id = ${rowId}`);
    if (text(row, 'mark_delete') === 'true') {
      doc.lines.splice(index, 1);
      changed = true;
      continue;
    }
    if (index < 0) {
      doc.lines.push(draftLine(store, row, pricelist).commit());
      changed = true;
      continue;
    }
    const old = doc.lines[index]!;
    // Fields the row leaves out keep their stored values.
    const base = {
      mk_id: old.productMkId,
      tax: old.tax,
      amount: formatPlain(old.amount),
      price: formatPlain(old.price),
      discount: old.discount,
    };
    const next = draftLine(store, { ...base, ...row }, pricelist).commit();
    doc.lines[index] = { ...next, rowId: old.rowId };
    changed = true;
  }
  for (const rm of items(body, 'product_remove')) {
    const match = (l: SalesDocument['lines'][number]) => {
      const p = store.products.get(l.productMkId);
      return (
        l.rowId === filled(rm, 'mk_row_id') ||
        l.productMkId === filled(rm, 'mk_id') ||
        (p !== undefined && p.code === filled(rm, 'code'))
      );
    };
    const index = doc.lines.findIndex(match);
    if (index < 0) continue;
    const amount = decimalOrFail(rm, 'amount');
    const line = doc.lines[index]!;
    if (amount !== undefined && amount < line.amount) line.amount -= amount;
    else doc.lines.splice(index, 1);
    changed = true;
  }
  return changed;
}

/** Types update_document is documented for (API.md §2.5, §2.8); for the others it is UNCONFIRMED, so they are refused. */
const UPDATABLE = [
  'sales_order',
  'sales_bill_domestic',
  'sales_bill_foreign',
  'sales_bill_retail',
  'purchase_bill_domestic',
  'purchase_bill_foreign',
  ...WAREHOUSE_DOC_TYPES,
];
/** Warehouse documents take a short list of head fields (OFF/docs/documents_update_document_whdocs.md). */
const WAREHOUSE_TEXT = ['title', 'notes', 'buyer_order', 'delivery_type'];

function updateWarehouseDoc(doc: SalesDocument, body: Body): boolean {
  let changed = false;
  for (const k of WAREHOUSE_TEXT) {
    const v = text(body, k);
    if (v !== undefined && v !== doc.head[k]) {
      doc.head[k] = v;
      changed = true;
    }
  }
  const status = text(body, 'status_code');
  if (status !== undefined) {
    const key = statusKeyOf(doc.docType, status);
    if (key !== doc.statusKey) {
      doc.statusKey = key;
      changed = true;
    }
  }
  return changed;
}

export const updateDocument: MethodHandler = ({ store, body }) => {
  const docType = salesDocType(body);
  if (!UPDATABLE.includes(docType)) throw new MkFail('2', `update_document is not supported for doc_type ${docType}.`);
  const doc = locate(store, body, docType);
  // A refused patch changes nothing, even if some of its fields were valid.
  const before = structuredClone(doc);
  let changed: boolean;
  try {
    changed =
      docType === 'sales_order'
        ? updateOrder(store, doc, body)
        : WAREHOUSE_DOC_TYPES.includes(docType)
          ? updateWarehouseDoc(doc, body)
          : updateBill(doc, body);
  } catch (e) {
    Object.assign(doc, before);
    throw e;
  }
  if (changed) {
    doc.lastChangeTs = store.now();
    store.applyReservations(doc);
  }
  // create_invoice makes the order's invoice (OFF/docs/documents_update_document_sales_order.md, "update and create
  // invoice"); an order that already has one keeps it (a second invoice is UNCONFIRMED).
  if (docType === 'sales_order' && flag(body, 'create_invoice') === true && !hasInvoice(store, doc))
    invoiceFromOrder(store, doc);
  return { json: {} }; // opr_code and opr_time_ms only (API.md §2.5)
};

export const deleteDocument: MethodHandler = ({ store, body }) => {
  const mkId = filled(body, 'mk_id');
  // Live: {doc_id} fails with "Paramether mk_id must be set"; {mk_id} without doc_type fails with opr_code 1 (API.md §2.5).
  if (mkId === undefined) throw new MkFail('2', 'Paramether mk_id must be set');
  if (filled(body, 'doc_type') === undefined) throw new MkFail('1', 'Internal server error.');
  const docType = salesDocType(body);
  // Only sales orders and warehouse documents can be deleted through the API (API.md §2.5, §2.8).
  if (docType !== 'sales_order' && !WAREHOUSE_DOC_TYPES.includes(docType))
    throw new MkFail('2', `Document type ${docType} cannot be deleted through the API.`);
  const doc = store.documents.get(mkId);
  if (!doc || doc.docType !== docType) throw documentNotFound(docType, mkId);
  store.deleteDocumentAsUser(mkId);
  return { json: {} };
};

export const changeDocumentStatus: MethodHandler = ({ store, body }) => {
  const docType = filled(body, 'doc_type');
  // Documented for sales_order and warehouse_receiving_note; the sandbox simulates orders (API.md §2.5).
  if (docType !== 'sales_order')
    throw new MkFail(
      '2',
      `Paramether 'doc_type' has invalid value : ${docType ?? ''}. Valid values : sales_order,warehouse_receiving_note`,
    );
  const status = filled(body, 'status_code');
  if (status === undefined) throw new MkFail('2', "Paramether 'status_code' must be set.");
  const key = statusKeyOf(docType, status);
  const ids = Array.isArray(body.mk_id_list) ? body.mk_id_list.map(String) : [];
  const single = filled(body, 'mk_id');
  if (single !== undefined) ids.push(single);
  const buyerOrder = filled(body, 'buyer_order');
  const docs = ids.map((id) => locate(store, { mk_id: id }, docType));
  if (buyerOrder !== undefined) docs.push(locate(store, { buyer_order: buyerOrder }, docType));
  if (docs.length === 0) throw new MkFail('2', 'Paramether mk_id must be set');
  for (const doc of docs) {
    if (doc.statusKey === key) continue;
    doc.statusKey = key;
    doc.lastChangeTs = store.now();
    store.applyReservations(doc); // shipped/canceled orders release their reservation
  }
  return { json: {} };
};
