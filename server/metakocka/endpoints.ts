// Which path family each method lives on. A call sent to the wrong family gets an HTML 404 page (API.md §1.1).
export type PathFamily = 'A' | 'B' | 'C';

export const METHOD_FAMILY = {
  product_list: 'A',
  product_add: 'A',
  product_update: 'A',
  warehouse_list: 'A',
  warehouse_stock: 'A',
  get_partner: 'B',
  add_partner: 'B',
  update_partner: 'B',
  search: 'B',
  get_document: 'B',
  put_document: 'B',
  update_document: 'B',
  delete_document: 'B',
  change_document_status: 'B',
  report: 'B',
} as const satisfies Record<string, PathFamily>;

export type MkMethod = keyof typeof METHOD_FAMILY;

const FAMILY_PREFIX: Record<PathFamily, string> = {
  A: '/rest/eshop/v1/json/',
  B: '/rest/eshop/v1/',
  C: '/rest/eshop/',
};

/** The base is the host origin (CONTRACTS.md "Metakocka wire base URL"); a trailing slash is tolerated. */
export function methodPath(method: MkMethod): string {
  return `${FAMILY_PREFIX[METHOD_FAMILY[method]]}${method}`;
}

export function methodUrl(baseUrl: string, method: MkMethod): string {
  return `${baseUrl.replace(/\/+$/, '')}${methodPath(method)}`;
}

/** Writes whose lost answer leaves the record's existence unknown (API.md §5.1, §6 item 9). */
export const UNCERTAIN_WRITES: Partial<Record<MkMethod, 'document' | 'partner' | 'product' | 'none'>> = {
  put_document: 'document',
  add_partner: 'partner',
  product_add: 'product',
  update_partner: 'none',
  product_update: 'none',
  update_document: 'none',
  delete_document: 'none',
  change_document_status: 'none',
};
