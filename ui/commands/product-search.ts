// The offer/order form's product search: the synced Metakocka products whose code or name contains what the user
// typed, read through Twenty's REST API with the user's token. Two reads (code, name) because the REST filter joins
// clauses with "and"; exact code matches come first, then codes, then names, at most SEARCH_LIMIT in all.
import { readRest, type CommandClient, type RouteOutcome } from 'ui/commands/command-client';

export const SEARCH_LIMIT = 8;

export interface ProductHit {
  id: string;
  code: string;
  name: string;
  /** Net price from the default price list as a decimal string; null when Metakocka gave none. */
  netPrice: string | null;
  currency: string | null;
}

type ProductRow = {
  id: string;
  code: string | null;
  name: string | null;
  netPrice?: { amountMicros?: number | string | null; currencyCode?: string | null } | null;
};
type ProductsAnswer = { data?: { metakockaProducts?: ProductRow[] } };

/** Micros (Twenty's CURRENCY amount) as an exact decimal string with at least two decimals; never a float. */
export function microsToDecimal(micros: number | string | null | undefined): string | null {
  if (micros === null || micros === undefined || micros === '') return null;
  const whole = BigInt(typeof micros === 'number' ? Math.round(micros) : micros);
  const sign = whole < 0n ? '-' : '';
  const digits = (whole < 0n ? -whole : whole).toString().padStart(7, '0');
  const fraction = digits.slice(-6).replace(/0{1,4}$/, '');
  return `${sign}${digits.slice(0, -6)}.${fraction.padEnd(2, '0')}`;
}

const hitOf = (row: ProductRow): ProductHit => ({
  id: row.id,
  code: row.code ?? '',
  name: row.name ?? '',
  netPrice: microsToDecimal(row.netPrice?.amountMicros),
  currency: row.netPrice?.currencyCode ?? null,
});

export async function searchProducts(client: CommandClient, text: string): Promise<RouteOutcome<ProductHit[]>> {
  const term = text.trim();
  if (term === '') return { ok: true, data: [] };
  const pattern = JSON.stringify(`%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  const read = (field: 'code' | 'name') =>
    readRest<ProductsAnswer>(client, '/rest/metakockaProducts', {
      filter: `${field}[ilike]:${pattern},isActive[eq]:true`,
      limit: SEARCH_LIMIT,
    });
  const [byCode, byName] = await Promise.all([read('code'), read('name')]);
  if (!byCode.ok) return byCode;
  if (!byName.ok) return byName;
  const rows = [...(byCode.data?.data?.metakockaProducts ?? []), ...(byName.data?.data?.metakockaProducts ?? [])];
  const unique = [...new Map(rows.map((row) => [row.id, hitOf(row)])).values()];
  const exact = (hit: ProductHit) => (hit.code.toLowerCase() === term.toLowerCase() ? 0 : 1);
  return { ok: true, data: unique.sort((a, b) => exact(a) - exact(b)).slice(0, SEARCH_LIMIT) };
}
