/** Which method lives on which path family (API.md §1.1): A `/rest/eshop/v1/json/<m>`, B `/rest/eshop/v1/<m>`, C `/rest/eshop/<m>`. */
import { changeDocumentStatus, deleteDocument, updateDocument } from './methods/document-edit';
import { getDocument, search } from './methods/document-read';
import { addPartner, getPartner, updatePartner } from './methods/partners';
import { productAdd, productUpdate } from './methods/product-write';
import { productList } from './methods/products';
import { putDocument } from './methods/put-document';
import { report } from './methods/report';
import { warehouseList, warehouseStock } from './methods/stock';
import { syncStock } from './methods/sync-stock';
import { createComplaint, updateComplaint } from './methods/complaints';
import {
  addAttachment,
  getBankStatement,
  searchQueryAdvanceDiscovery,
  searchTrackingCode,
} from './methods/document-services';
import { putTransaction } from './methods/put-transaction';
import type { MethodHandler } from './methods/types';

export type Family = 'A' | 'B' | 'C';

export interface Route {
  family: Family;
  /** A second family that also answers (put_transaction is printed with and without json/, API.md §1.1 note). */
  alsoFamily?: Family;
  handler: MethodHandler;
  /** Writes can lose their answer after being applied (fault `lost-write`). */
  write: boolean;
}

export const ROUTES: Record<string, Route> = {
  get_partner: { family: 'B', handler: getPartner, write: false },
  add_partner: { family: 'B', handler: addPartner, write: true },
  update_partner: { family: 'B', handler: updatePartner, write: true },
  product_list: { family: 'A', handler: productList, write: false },
  product_add: { family: 'A', handler: productAdd, write: true },
  product_update: { family: 'A', handler: productUpdate, write: true },
  warehouse_list: { family: 'A', handler: warehouseList, write: false },
  warehouse_stock: { family: 'A', handler: warehouseStock, write: false },
  search: { family: 'B', handler: search, write: false },
  get_document: { family: 'B', handler: getDocument, write: false },
  put_document: { family: 'B', handler: putDocument, write: true },
  update_document: { family: 'B', handler: updateDocument, write: true },
  delete_document: { family: 'B', handler: deleteDocument, write: true },
  change_document_status: { family: 'B', handler: changeDocumentStatus, write: true },
  report: { family: 'B', handler: report, write: false },
  sync_stock: { family: 'C', handler: syncStock, write: true },
  put_transaction: { family: 'B', alsoFamily: 'A', handler: putTransaction, write: true },
  search_tracking_code: { family: 'B', handler: searchTrackingCode, write: false },
  search_query_advance_discovery: { family: 'B', handler: searchQueryAdvanceDiscovery, write: false },
  add_attachment: { family: 'C', handler: addAttachment, write: true },
  create_complaint: { family: 'C', handler: createComplaint, write: true },
  update_complaint: { family: 'C', handler: updateComplaint, write: true },
  get_bank_statement: { family: 'A', handler: getBankStatement, write: false },
};

/** Whether a method answers on a path family. */
export const servesFamily = (route: Route, family: Family): boolean =>
  route.family === family || route.alsoFamily === family;

const FAMILY_PATTERNS: Array<[Family, RegExp]> = [
  ['A', /^\/rest\/eshop\/v1\/json\/([A-Za-z_]+)$/],
  ['B', /^\/rest\/eshop\/v1\/([A-Za-z_]+)$/],
  ['C', /^\/rest\/eshop\/([A-Za-z_]+)$/],
];

/** The family and method a path names, or undefined when it is in no family at all. */
export function parsePath(path: string): { family: Family; method: string } | undefined {
  for (const [family, re] of FAMILY_PATTERNS) {
    const m = re.exec(path);
    if (m && !(family === 'C' && m[1] === 'v1')) return { family, method: m[1]! };
  }
  return undefined;
}
