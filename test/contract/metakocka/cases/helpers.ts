/** Small assertions shared by the contract cases; they read the wire as a client would. */
import type { SandboxOptions } from 'test/sandbox';
import type { Answer, Transport } from '../transports';

export interface ContractCase {
  /** Names the API.md section it pins. */
  name: string;
  opts?: SandboxOptions;
  run(t: Transport): Promise<void>;
}

export function expectOk(a: Answer): any {
  if (a.json?.opr_code !== undefined && a.json.opr_code !== '0')
    throw new Error(`expected success, got ${a.text.slice(0, 300)}`);
  expect(a.status).toBe(200);
  expect(a.json).toBeDefined();
  return a.json;
}

export function expectRefusal(a: Answer, code: string, text?: string | RegExp): void {
  expect(a.status).toBe(200); // application errors come with HTTP 200 (API.md §5.1)
  expect(a.json?.opr_code).toBe(code);
  if (text !== undefined)
    expect(a.json.opr_desc).toEqual(typeof text === 'string' ? text : expect.stringMatching(text));
}

export function expectHtml404(a: Answer): void {
  expect(a.status).toBe(404);
  expect(a.contentType).toMatch(/text\/html/);
  expect(a.json).toBeUndefined();
  expect(a.text).toMatch(/<html/i);
}

/** A Metakocka number as a dot decimal: "1.895,01" -> "1895.01", "209,00" -> "209.00" (API.md §1.5 careful-client rule). */
export function num(s: string): string {
  if (s.includes('.') && s.includes(','))
    return s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  return s.replace(',', '.');
}

/** Cents of a Metakocka number, exactly (no floats). */
export function cents(s: string): bigint {
  const [whole = '0', frac = ''] = num(s).replace('-', '').split('.');
  const v = BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2));
  return s.trim().startsWith('-') ? -v : v;
}

/** Every leaf of an answer is a string (API.md §1.5, §6 item 2). */
export function nonStringLeaves(value: unknown, path = '$'): string[] {
  if (typeof value === 'string') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonStringLeaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => nonStringLeaves(v, `${path}.${k}`));
  return [path];
}

export const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** A partner reference that links without creating anything (API.md §3.1). */
export function partnerRef(t: Transport, index = 0): { mk_id: string; mk_address_id: string } {
  const p = t.core.store.partners.list()[index]!;
  return { mk_id: p.mkId, mk_address_id: p.addresses[0]!.mkId };
}

export function stockProduct(t: Transport) {
  const p = t.core.store.products.list().find((x) => !x.service && x.tax === 'EX4' && x.activated);
  if (!p) throw new Error('seed has no stock product');
  return p;
}

/** Creates the two catalogue products of API.md §8.2/§8.3 through the API. */
export async function addSampleProducts(t: Transport): Promise<void> {
  const { A } = await import('../transports');
  for (const [code, name, unit, price, service] of [
    ['KAB-USB-C-1M', 'USB-C kabel 1 m', 'kos', '8.5', 'false'],
    ['SVC-INST', 'Namestitev opreme', 'ura', '45', 'true'],
  ] as const) {
    expectOk(
      await t.post(A('product_add'), {
        code,
        name,
        unit,
        service,
        sales: 'true',
        tax: 'EX4',
        pricelist: [{ count_code: '1', price_def: [{ tax: 'EX4', price }] }],
      }),
    );
  }
}

export function sampleOrder(t: Transport, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    doc_type: 'sales_order',
    doc_date: '12.03.2026',
    buyer_order: 'CRM-2026-0077',
    title: 'Oprema za sejno sobo',
    partner: partnerRef(t),
    currency_code: 'EUR',
    warehouse: 'glavno',
    product_list: [
      { code: 'KAB-USB-C-1M', amount: '2', price: '8.5', discount: '0', tax: 'EX4' },
      { code: 'SVC-INST', amount: '1', price: '45', discount: '0', tax: 'EX4' },
    ],
    ...extra,
  };
}
