// "Create Metakocka offer / order" from an opportunity (issue #6 items 3 and 5). The route needs product ids and
// quantities (server/sync/documents/from-opportunity.ts); a row's product is picked from a search of the synced
// products (product-search.ts) or, typed as a bare code, looked up here by code through Twenty's REST API with the
// user's token; then { action: 'create-from-opportunity', opportunityId, documentType, lines } is sent.
import { MAX_OPPORTUNITY_DOCUMENT_LINES } from 'plugin/constants/document-lines';
import { DOCUMENT_ROUTES } from 'plugin/constants/route-paths';
import { callCommandRoute, readRest, type CommandClient } from 'ui/commands/command-client';
import type { CommandText } from 'ui/commands/messages';
import { failureOutcome, show, type CommandHost, type CommandOutcome } from 'ui/commands/outcome';

export type OpportunityDocumentType = 'SALES_OFFER' | 'SALES_ORDER';
export interface LineRow {
  /** The product picked from the search; when none was picked, `code` is looked up as a product code. */
  productId?: string;
  code: string;
  quantity: string;
  /** Percent; empty for none. */
  discount?: string;
  /** Net unit price; empty for the product's own net price in Metakocka. */
  unitPrice?: string;
}
export interface ProductLine {
  productId: string;
  quantity: string;
  discountPercent?: string;
  unitPrice?: string;
}

/** Digits with one decimal comma or point: exact decimal strings, never floats (STYLE: money and amounts exact). */
const DECIMAL = /^\d+(?:[.,]\d+)?$/;
const plain = (value: string) => value.replace(',', '.');
/** At most 100, compared on the decimal string itself: no float ever holds the value. */
function atMostHundred(value: string): boolean {
  const [whole = '', fraction = ''] = plain(value).split('.');
  const digits = whole.replace(/^0+(?=\d)/, '');
  return digits.length < 3 || (digits === '100' && /^0*$/.test(fraction));
}

type ParsedRow = { productId?: string; code: string; quantity: string; discountPercent?: string; unitPrice?: string };
type Parsed = { ok: true; rows: ParsedRow[] } | { ok: false; outcome: CommandOutcome };

/** Blank rows are ignored; a half-filled row or a quantity that is not a positive number is an error naming the row. */
export function parseLineRows(t: CommandText, rows: readonly LineRow[]): Parsed {
  const filled = rows
    .map((r, i) => ({
      row: i + 1,
      productId: r.productId,
      code: r.code.trim(),
      quantity: r.quantity.trim(),
      discount: (r.discount ?? '').trim(),
      unitPrice: (r.unitPrice ?? '').trim(),
    }))
    .filter((r) => r.productId !== undefined || r.code !== '' || r.quantity !== '');
  if (filled.length === 0) return fail(t('lines.none'));
  if (filled.length > MAX_OPPORTUNITY_DOCUMENT_LINES)
    return fail(t('lines.tooMany', { max: MAX_OPPORTUNITY_DOCUMENT_LINES }));
  for (const r of filled) {
    if (r.productId === undefined && r.code === '') return fail(t('lines.noCode', { row: r.row }));
    if (!DECIMAL.test(r.quantity) || !/[1-9]/.test(r.quantity))
      return fail(t('lines.badQuantity', { row: r.row, value: r.quantity }));
    if (r.discount !== '' && !(DECIMAL.test(r.discount) && atMostHundred(r.discount)))
      return fail(t('lines.badDiscount', { row: r.row, value: r.discount }));
    if (r.unitPrice !== '' && !DECIMAL.test(r.unitPrice))
      return fail(t('lines.badPrice', { row: r.row, value: r.unitPrice }));
  }
  return {
    ok: true,
    rows: filled.map((r) => ({
      ...(r.productId !== undefined ? { productId: r.productId } : {}),
      code: r.code,
      quantity: plain(r.quantity),
      ...(r.discount !== '' ? { discountPercent: plain(r.discount) } : {}),
      ...(r.unitPrice !== '' ? { unitPrice: plain(r.unitPrice) } : {}),
    })),
  };
}

const fail = (message: string): Parsed => ({ ok: false, outcome: { variant: 'error', message } });

type ProductRow = { id: string; code: string | null; isActive: boolean | null };
type ProductsAnswer = { data?: { metakockaProducts?: ProductRow[] } };

/** Product id per code, from one REST read; unknown codes and codes shared by several active products are errors. */
export async function productIdsByCode(
  client: CommandClient,
  t: CommandText,
  codes: readonly string[],
): Promise<{ ok: true; ids: Map<string, string> } | { ok: false; outcome: CommandOutcome }> {
  const unique = [...new Set(codes)];
  // Room for deactivated copies of a code (products gone from Metakocka stay, inactive); 50 rows x 4 = 200, one page.
  const read = await readRest<ProductsAnswer>(client, '/rest/metakockaProducts', {
    filter: `code[in]:${JSON.stringify(unique)}`,
    limit: unique.length * 4,
  });
  if (!read.ok) return { ok: false, outcome: failureOutcome(t, read) };
  const found = read.data?.data?.metakockaProducts ?? [];
  const ids = new Map<string, string>();
  for (const code of unique) {
    const matches = found.filter((p) => p.code === code);
    const active = matches.filter((p) => p.isActive !== false);
    const pick = active.length > 0 ? active : matches;
    if (pick.length > 1)
      return { ok: false, outcome: { variant: 'error', message: t('lines.ambiguousCode', { code }) } };
    if (pick.length === 1) ids.set(code, pick[0]!.id);
  }
  const missing = unique.filter((c) => !ids.has(c));
  if (missing.length > 0)
    return { ok: false, outcome: { variant: 'error', message: t('lines.unknownCode', { codes: missing.join(', ') }) } };
  return { ok: true, ids };
}

export async function createDocumentFromOpportunity(
  client: CommandClient,
  host: CommandHost,
  t: CommandText,
  input: { opportunityId: string; documentType: OpportunityDocumentType; rows: readonly LineRow[] },
): Promise<CommandOutcome> {
  const parsed = parseLineRows(t, input.rows);
  if (!parsed.ok) return parsed.outcome;
  const typedCodes = parsed.rows.filter((r) => r.productId === undefined).map((r) => r.code);
  const products =
    typedCodes.length > 0 ? await productIdsByCode(client, t, typedCodes) : { ok: true as const, ids: new Map() };
  if (!products.ok) return products.outcome;
  const lines: ProductLine[] = parsed.rows.map(({ code, productId, ...line }) => ({
    productId: productId ?? products.ids.get(code)!,
    ...line,
  }));
  const out = await callCommandRoute<{ message?: unknown }>(client, DOCUMENT_ROUTES.action, {
    action: 'create-from-opportunity',
    opportunityId: input.opportunityId,
    documentType: input.documentType,
    lines,
  });
  if (!out.ok) return show(host, failureOutcome(t, out));
  return show(host, {
    variant: 'success',
    message: typeof out.data?.message === 'string' ? out.data.message : t('done'),
  });
}
