// Metakocka's stock webhook (API.md §2.4): POST with X-MetaKocka-Event / -Id / -Signature, where the signature is
// Base64 HMAC-SHA1 of the raw body with the webhook secret. Unsigned, replayed or malformed calls are refused.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ProductDraft } from 'server/crm';
import { parseDecimal, add, toPlainString, ZERO } from 'server/sync/documents/decimal';
import type { SyncRuntime } from '../ports';
import { productHash } from './pull';

export const STOCK_EVENT = 'warehouse_product_stock_update';
const SEEN_KEY = 'metakocka:webhook:seen-ids';
const SEEN_KEEP = 1000;

export type WebhookVerdict = { ok: true } | { ok: false; status: 400 | 401 | 409 | 503; error: string; action: string };

export interface WebhookRequest {
  rawBody: string | undefined;
  headers: Record<string, string | undefined>;
}

const refuse = (status: 400 | 401 | 409 | 503, error: string, action: string): WebhookVerdict => ({ ok: false, status, error, action });

/** Checks what can be checked without state: the raw body is there, the event is known, the signature matches. */
export function verifySignature(request: WebhookRequest, secret: string | null): WebhookVerdict {
  if (!secret) return refuse(503, 'The stock webhook secret is not set, so no call can be verified.', 'Set METAKOCKA_WEBHOOK_SECRET in the app settings to the client secret configured for the webhook in Metakocka.');
  if (request.rawBody === undefined) return refuse(400, 'This Twenty server did not pass the raw request body, so the signature cannot be checked; the call was refused.', 'Upgrade Twenty to a version that passes rawBody to routes; until then stock arrives with the scheduled product sync.');
  const signature = request.headers['x-metakocka-signature'];
  if (!signature) return refuse(401, 'The call carries no X-MetaKocka-Signature header.', 'Only Metakocka can call this address; check the webhook setup in Metakocka.');
  const expected = createHmac('sha1', secret).update(request.rawBody, 'utf8').digest();
  const given = Buffer.from(signature, 'base64');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return refuse(401, 'The X-MetaKocka-Signature does not match the body.', 'Make sure the webhook secret in Metakocka equals METAKOCKA_WEBHOOK_SECRET.');
  if (request.headers['x-metakocka-event'] !== STOCK_EVENT) return refuse(400, `Unknown webhook event "${request.headers['x-metakocka-event'] ?? ''}".`, `Configure only the ${STOCK_EVENT} event for this address.`);
  if (!request.headers['x-metakocka-id']) return refuse(400, 'The call carries no X-MetaKocka-Id header.', 'Check the webhook setup in Metakocka.');
  return { ok: true };
}

interface StockRow {
  mk_id: string;
  warehouse_id: string;
  amount: string;
}

/** The body is the warehouse_stock shape for one product across warehouses (API.md §2.4). */
export function parseStockBody(rawBody: string): StockRow[] | null {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return null;
  }
  const list = (body as { stock_list?: unknown })?.stock_list;
  const rows = Array.isArray(list) ? list : list && typeof list === 'object' ? [list] : null; // single rows arrive as objects (API.md §6 item 4)
  if (!rows || rows.length === 0) return null;
  const valid = rows.every((r) => r && typeof r === 'object' && typeof (r as StockRow).mk_id === 'string' && (r as StockRow).mk_id !== '' && (r as StockRow).amount !== undefined);
  return valid ? (rows as StockRow[]) : null;
}

export async function receiveStockWebhook(rt: SyncRuntime, request: WebhookRequest, secret: string | null): Promise<WebhookVerdict & { updated?: number }> {
  const verdict = verifySignature(request, secret);
  if (!verdict.ok) return verdict;
  const rows = parseStockBody(request.rawBody!);
  if (!rows) return refuse(400, 'The webhook body is not a stock list with product ids and amounts.', 'Check the webhook event type in Metakocka; only stock updates are handled.');
  const callId = request.headers['x-metakocka-id']!;
  const seen = (await rt.kv.get<string[]>(SEEN_KEY)) ?? [];
  if (seen.includes(callId)) return refuse(409, `Webhook call ${callId} was already received; the replay was ignored.`, 'Nothing to do.');
  const updated = await applyStock(rt, rows);
  await rt.kv.set(SEEN_KEY, [...seen, callId].slice(-SEEN_KEEP));
  return { ok: true, updated };
}

async function applyStock(rt: SyncRuntime, rows: StockRow[]): Promise<number> {
  const byProduct = new Map<string, StockRow[]>();
  for (const row of rows) byProduct.set(row.mk_id, [...(byProduct.get(row.mk_id) ?? []), row]);
  const records = await rt.crm.products.findBy('metakockaId', [...byProduct.keys()]);
  const writes: ProductDraft[] = records.map((record) => {
    const stock = byProduct.get(record.metakockaId)!.map((r) => ({ warehouse: r.warehouse_id, amount: toPlainString(parseDecimal(String(r.amount))) }));
    const total = toPlainString(stock.reduce((sum, r) => add(sum, parseDecimal(r.amount)), ZERO));
    const next = { ...record, stockByWarehouse: stock, stockTotal: total } as unknown as ProductDraft;
    return { id: record.id, metakockaId: record.metakockaId, stockByWarehouse: stock, stockTotal: total, syncHash: productHash(next), lastSyncedAt: rt.now().toISOString() };
  });
  if (writes.length > 0) await rt.crm.products.upsertMany(writes);
  return writes.length;
}
