// Metakocka's stock webhook (API.md §2.4): POST with X-MetaKocka-Event / -Id / -Signature, where the signature is
// Base64 HMAC-SHA1 of the raw body with the webhook secret. Only the body is signed and it carries no time, so a
// replay is recognised by the body itself, never by the unsigned X-MetaKocka-Id (D39).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { webhookSecretProblem } from 'server/credentials/webhook-secret';
import type { ProductDraft } from 'server/crm';
import type { AppKv } from 'server/host/kv';
import { add, parseDecimal, toPlainString, ZERO, type Decimal } from 'server/money/decimal';
import { MappingError } from '../errors';
import { createIssueBook } from '../issues';
import type { SyncRuntime } from '../ports';
import { productHash } from './pull';
import { stockFlags } from './chart-fields';

export const STOCK_EVENT = 'warehouse_product_stock_update';
/** A body is one product's rows across the warehouses (API.md §2.4), a few kilobytes; nothing real comes near this. */
export const MAX_BODY_BYTES = 256 * 1024;
/** Far longer than Metakocka's two retries 60 s apart (API.md §2.4): a body is refused again for 7 to 14 days (D39). */
export const REPLAY_WINDOW_DAYS = 7;
const WINDOW_MS = REPLAY_WINDOW_DAYS * 86_400_000;
const APPLIED_PREFIX = 'metakocka:webhook:applied:';
// One kv key per body and window: kv has no compare-and-set (APPS.md §2.2), so there is no shared list to update, and
// the window's number in the key lets the sweep drop old keys without reading them.
const windowOf = (at: Date) => Math.floor(at.getTime() / WINDOW_MS);
const appliedKey = (window: number, bodyHash: string) => `${APPLIED_PREFIX}${window}:${bodyHash}`;
const hashOf = (rawBody: string) => createHash('sha256').update(rawBody, 'utf8').digest('hex');

/** Applied in this window or the one before: at least REPLAY_WINDOW_DAYS ago, at most twice that. */
async function appliedRecently(rt: SyncRuntime, bodyHash: string): Promise<boolean> {
  const current = windowOf(rt.now());
  const seen = await Promise.all([current, current - 1].map((window) => rt.kv.get(appliedKey(window, bodyHash))));
  return seen.some((entry) => entry !== null);
}

/** Run by the cron: every set() adds its key to the app's kv index (server/host/kv.ts), which would otherwise grow for ever. */
export async function forgetOldStockBodies(kv: Pick<AppKv, 'keys' | 'deleteMany'>, now: Date): Promise<void> {
  const oldestKept = windowOf(now) - 1;
  const stale = (await kv.keys()).filter(
    (key) => key.startsWith(APPLIED_PREFIX) && Number(key.slice(APPLIED_PREFIX.length).split(':')[0]) < oldestKept,
  );
  if (stale.length > 0) await kv.deleteMany(stale);
}

type RefusalStatus = 400 | 401 | 409 | 413 | 503;
export type WebhookVerdict = { ok: true } | { ok: false; status: RefusalStatus; error: string; action: string };

export interface WebhookRequest {
  rawBody: string | undefined;
  headers: Record<string, string | undefined>;
}

const refuse = (status: RefusalStatus, error: string, action: string): WebhookVerdict => ({
  ok: false,
  status,
  error,
  action,
});

/** Checks what can be checked without state: the secret is usable, the raw body is there and small, the event is known, the signature matches. */
export function verifySignature(request: WebhookRequest, secret: string | null): WebhookVerdict {
  if (!secret)
    return refuse(
      503,
      'The stock webhook secret is not set, so no call can be verified.',
      'Set METAKOCKA_WEBHOOK_SECRET in the app settings to the client secret configured for the webhook in Metakocka.',
    );
  const weak = webhookSecretProblem(secret);
  if (weak) return refuse(503, weak.detail, weak.fix);
  if (request.rawBody === undefined)
    return refuse(
      400,
      'This Twenty server did not pass the raw request body, so the signature cannot be checked; the call was refused.',
      'Upgrade Twenty to a version that passes rawBody to routes; until then stock arrives with the scheduled product sync.',
    );
  const bytes = Buffer.byteLength(request.rawBody, 'utf8');
  if (bytes > MAX_BODY_BYTES)
    return refuse(
      413,
      `The webhook body has ${bytes} bytes, more than the ${MAX_BODY_BYTES} this address accepts; nothing was applied.`,
      "Metakocka sends one product's stock per call, far below the limit, so this call did not come from Metakocka's stock webhook. Stock still arrives with the scheduled product sync.",
    );
  const signature = request.headers['x-metakocka-signature'];
  if (!signature)
    return refuse(
      401,
      'The call carries no X-MetaKocka-Signature header.',
      'Only Metakocka can call this address; check the webhook setup in Metakocka.',
    );
  const expected = createHmac('sha1', secret).update(request.rawBody, 'utf8').digest();
  const given = Buffer.from(signature, 'base64');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return refuse(
      401,
      'The X-MetaKocka-Signature does not match the body.',
      'Make sure the webhook secret in Metakocka equals METAKOCKA_WEBHOOK_SECRET.',
    );
  if (request.headers['x-metakocka-event'] !== STOCK_EVENT)
    return refuse(
      400,
      `Unknown webhook event "${request.headers['x-metakocka-event'] ?? ''}".`,
      `Configure only the ${STOCK_EVENT} event for this address.`,
    );
  return { ok: true };
}

interface MetakockaWebhookStockRow {
  mkId: string;
  warehouseId: string;
  amount: Decimal;
}

/** A malformed row: the field, what it should be (a term key of MAPPING's `kind`) and what it is (JSON, cut short). */
interface RowProblem {
  mkId: string | null;
  field: string;
  kind: 'object' | 'productId' | 'warehouseId' | 'amount';
  given: string;
}

/** badRow is set when the body is a stock list with a malformed row (then the product's id, when the row has one, and
 *  the error its sync issue is raised with). */
export type StockBody =
  | { ok: true; rows: MetakockaWebhookStockRow[] }
  | { ok: false; error: string; action: string; badRow: { mkId: string | null; refused: MappingError } | null };

const NOT_A_STOCK_LIST: StockBody = {
  ok: false,
  error: 'The webhook body is not a stock list with product ids and amounts.',
  action: 'Check the webhook event type in Metakocka; only stock updates are handled.',
  badRow: null,
};

/** The value as sent, cut short; empty when it is missing (the catalogue words that). */
const given = (value: unknown) => (value === undefined ? '' : JSON.stringify(value).slice(0, 40));

/** Amounts are strings in Metakocka's number forms ("12", "863,75"; API.md §1.5); a plain JSON number is taken as written. */
function readAmount(value: unknown): Decimal | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  try {
    return parseDecimal(String(value));
  } catch {
    return null; // 1e21 prints as "1e+21", which no Metakocka number form allows
  }
}

function readRow(entry: unknown): MetakockaWebhookStockRow | RowProblem {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry))
    return { mkId: null, field: 'row', kind: 'object', given: given(entry) };
  const { mk_id: mkId, warehouse_id: warehouseId, amount } = entry as Record<string, unknown>;
  if (typeof mkId !== 'string' || mkId === '')
    return { mkId: null, field: 'mk_id', kind: 'productId', given: given(mkId) };
  if (typeof warehouseId !== 'string' || warehouseId === '')
    return { mkId, field: 'warehouse_id', kind: 'warehouseId', given: given(warehouseId) };
  const decimal = readAmount(amount);
  if (!decimal) return { mkId, field: 'amount', kind: 'amount', given: given(amount) };
  return { mkId, warehouseId, amount: decimal };
}

/** The body is the warehouse_stock shape for one product across warehouses (API.md §2.4); every row must be well formed. */
export function parseStockBody(rawBody: string): StockBody {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return NOT_A_STOCK_LIST;
  }
  const list = (body as { stock_list?: unknown } | null)?.stock_list;
  const entries = Array.isArray(list) ? list : list && typeof list === 'object' ? [list] : []; // single rows arrive as objects (API.md §6 item 4)
  if (entries.length === 0) return NOT_A_STOCK_LIST;
  const rows: MetakockaWebhookStockRow[] = [];
  for (const [index, entry] of entries.entries()) {
    const row = readRow(entry);
    if ('field' in row) {
      const { mkId, ...problem } = row;
      // Metakocka reads the answer in English; the sync issue words the same parameters for each reader.
      const refused = new MappingError('stockRow', { ...problem, row: index + 1, index });
      return { ok: false, error: refused.message, action: refused.action, badRow: { mkId, refused } };
    }
    rows.push(row);
  }
  return { ok: true, rows };
}

/** A signed body with a bad row is Metakocka's own data: besides the 400, a sync issue shows it in Twenty. */
async function reportBadRow(rt: SyncRuntime, badRow: { mkId: string | null; refused: MappingError }): Promise<void> {
  const issues = createIssueBook(rt, 'products');
  issues.fail({ recordObject: 'metakockaProduct', metakockaId: badRow.mkId, error: badRow.refused });
  await issues.flush({ dryRun: false, resolveOpen: false });
}

export async function receiveStockWebhook(
  rt: SyncRuntime,
  request: WebhookRequest,
  secret: string | null,
): Promise<WebhookVerdict & { updated?: number }> {
  const verdict = verifySignature(request, secret);
  if (!verdict.ok) return verdict;
  const rawBody = request.rawBody!;
  const body = parseStockBody(rawBody);
  if (!body.ok) {
    if (body.badRow) await reportBadRow(rt, body.badRow);
    return refuse(400, body.error, body.action);
  }
  const bodyHash = hashOf(rawBody);
  if (await appliedRecently(rt, bodyHash)) {
    return refuse(
      409,
      `This signed stock body was already applied in the last ${REPLAY_WINDOW_DAYS} to ${2 * REPLAY_WINDOW_DAYS} days; applying it again could restore an old stock level, so it was ignored.`,
      'Nothing to do if Metakocka repeated a call. If the stock really returned to the same level, the next scheduled product sync brings it.',
    );
  }
  const updated = await applyStock(rt, body.rows);
  await rt.kv.set(appliedKey(windowOf(rt.now()), bodyHash), { appliedAt: rt.now().toISOString() });
  return { ok: true, updated };
}

async function applyStock(rt: SyncRuntime, rows: MetakockaWebhookStockRow[]): Promise<number> {
  const byProduct = new Map<string, MetakockaWebhookStockRow[]>();
  for (const row of rows) byProduct.set(row.mkId, [...(byProduct.get(row.mkId) ?? []), row]);
  // A product the filters leave out is no longer updated, stock included (D63).
  const records = (await rt.crm.products.findBy('metakockaId', [...byProduct.keys()])).filter(
    (record) => record.outOfSyncScope !== true,
  );
  const writes: ProductDraft[] = records.map((record) => {
    const productRows = byProduct.get(record.metakockaId)!;
    const stock = productRows.map((r) => ({ warehouse: r.warehouseId, amount: toPlainString(r.amount) }));
    const total = toPlainString(productRows.reduce((sum, r) => add(sum, r.amount), ZERO));
    const flags = stockFlags({ stockTotal: total, minStock: record.minStock, eshopSync: record.eshopSync });
    const next = { ...record, stockByWarehouse: stock, stockTotal: total, ...flags } as unknown as ProductDraft;
    return {
      id: record.id,
      metakockaId: record.metakockaId,
      stockByWarehouse: stock,
      stockTotal: total,
      ...flags,
      syncHash: productHash(next),
      lastSyncedAt: rt.now().toISOString(),
    };
  });
  if (writes.length > 0) await rt.crm.products.upsertMany(writes);
  return writes.length;
}
