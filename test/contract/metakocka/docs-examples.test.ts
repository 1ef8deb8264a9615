/**
 * The official docs' examples against the sandbox (issue 14): every request example extracted from
 * metakocka/metakocka_api_base (docs-examples/examples.json, with its source commit) for a method the sandbox serves is
 * sent to it. Where the docs print an answer, the answer's shape is compared with it; where they print none, the request
 * must be accepted. Every example that differs, is refused, or can be neither sent nor compared is listed with its
 * reason in docs/sandbox.md ("Documented examples the sandbox does not match"); a listing that no longer applies fails
 * too, so the list stays true.
 *
 * Shape: the opr_code (success or the same failure code) and, for every key both answers have, at any depth, the same
 * kind (text, list, object). A key only one side has is left out: it depends on the record (an optional field or block
 * the sandbox record lacks is not a shape difference); the blocks the sandbox never returns are named in docs/sandbox.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { SalesDocument } from 'test/sandbox';
import { KEPT_DOC_TYPES } from 'test/sandbox/methods/document-input';
import { parsePath, ROUTES } from 'test/sandbox/routes';
import { addSampleProducts, sampleOrder } from './cases/helpers';
import { B, httpTransport, type Transport } from './transports';

interface Example {
  id: string;
  page: string;
  heading: string;
  path: string | null;
  request: Record<string, unknown> | null;
  response?: Record<string, unknown> | null;
  requestParseError?: string;
  responseParseError?: string;
}

const ROOT = join(__dirname, '..', '..', '..');
const facts = JSON.parse(readFileSync(join(__dirname, 'docs-examples', 'examples.json'), 'utf8')) as {
  source: { commit: string };
  examples: Example[];
};

/** `- \`<page>:<n>\` or \`<page>:*\`: reason` lines of docs/sandbox.md's listing section. */
function listedReasons(): Map<string, string> {
  const doc = readFileSync(join(ROOT, 'docs', 'sandbox.md'), 'utf8');
  const section = doc.split(/^## /m).find((s) => s.startsWith('Documented examples the sandbox does not match')) ?? '';
  const out = new Map<string, string>();
  for (const m of section.matchAll(/^- `([^`]+)`:\s*(.+)$/gm)) out.set(m[1]!, m[2]!.trim());
  return out;
}

const kind = (v: unknown): string =>
  Array.isArray(v) ? 'list' : v !== null && typeof v === 'object' ? 'object' : 'text';

/** Shape differences of an answer against the documented one (see the header). */
export function shapeDifferences(documented: Record<string, unknown>, actual: Record<string, unknown>): string[] {
  const docCode = String(documented.opr_code ?? '0');
  const code = String(actual.opr_code ?? '0');
  if (docCode !== code) return [`opr_code ${code} (${String(actual.opr_desc ?? '')}), documented ${docCode}`];
  const out: string[] = [];
  const walk = (d: unknown, a: unknown, at: string) => {
    if (kind(d) !== kind(a)) {
      out.push(`${at} is ${kind(a)}, documented ${kind(d)}`);
      return;
    }
    if (Array.isArray(d) && Array.isArray(a)) {
      if (d.length > 0 && a.length > 0) walk(d[0], a[0], `${at}[0]`);
    } else if (kind(d) === 'object') {
      for (const [k, v] of Object.entries(d as Record<string, unknown>)) {
        if (k in (a as Record<string, unknown>)) walk(v, (a as Record<string, unknown>)[k], `${at}.${k}`);
      }
    }
  };
  walk(documented, actual, '$');
  return out;
}

const served = (e: Example) => {
  const parsed = e.path ? parsePath(e.path) : undefined;
  return parsed !== undefined && ROUTES[parsed.method] !== undefined;
};

/** Why an example cannot be compared, or undefined when it can. */
function notComparable(e: Example): string | undefined {
  if (!e.request) return 'request does not parse';
  if (!served(e)) return 'method not served by the sandbox';
  if (e.response === undefined) return 'no documented answer';
  if (e.response === null) return 'documented answer does not parse';
  return undefined;
}

/** A request the docs print without an answer is still a request Metakocka takes: the sandbox must accept it too. */
const acceptable = (e: Example) => e.request !== null && served(e) && e.response === undefined;

/** A document of the type in the sandbox, written through the API first when the seed has none (purchase, warehouse). */
async function documentOf(t: Transport, docType: string): Promise<SalesDocument | undefined> {
  const seeded = t.core.store.documents.byType(docType)[0];
  if (seeded || !(KEPT_DOC_TYPES as string[]).includes(docType)) return seeded;
  await addSampleProducts(t);
  const put = await t.post(B('put_document'), sampleOrder(t, { doc_type: docType }));
  return t.core.store.documents.get(put.json.mk_id);
}

/**
 * The docs name records of the vendor's demo company (ids, codes, e-mails, register values); a request is pointed at
 * the sandbox's own records of the same kind where that is plain, so that the shape can be compared at all.
 */
async function adapt(t: Transport, e: Example): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = { ...e.request };
  const store = t.core.store;
  const method = parsePath(e.path!)!.method;
  const docType = typeof body.doc_type === 'string' ? body.doc_type : undefined;
  if (typeof body.api_user_email === 'string') body.api_user_email = store.settings.apiUserEmails[0];
  if (body.payment_type === 'Transaction bill') body.payment_type = 'Transakcijski račun'; // the register's value, in English in the docs
  const doc =
    docType &&
    [
      'get_document',
      'update_document',
      'delete_document',
      'change_document_status',
      'add_attachment',
      'put_transaction',
    ].includes(method)
      ? await documentOf(t, docType === 'bill' ? 'sales_bill_domestic' : docType)
      : undefined;
  if (doc) {
    for (const key of ['doc_id', 'mk_id'] as const) if (body[key] !== undefined) body[key] = doc.mkId;
    if (body.count_code !== undefined && method !== 'update_document') body.count_code = doc.countCode;
    if (body.buyer_order !== undefined) body.buyer_order = doc.head.buyer_order ?? 'CRM-2026-0077';
    if (Array.isArray(body.mk_id_list)) body.mk_id_list = [doc.mkId];
  }
  // A product on no document, so that product_update may change its service flag (API.md §2.3).
  if (method === 'report' && body.mk_id !== undefined)
    body.mk_id = store.documents.byType('sales_bill_domestic')[0]?.mkId;
  const product =
    store.products
      .slice(0, 30)
      .find((p) => !store.documents.list().some((d) => d.lines.some((l) => l.productMkId === p.mkId))) ??
    store.products.at(0);
  if (method === 'product_list' || method === 'product_update') {
    if (body.count_code !== undefined) body.count_code = product.countCode;
    if (body.code !== undefined && method === 'product_list') body.code = product.code;
    if (body.mk_id !== undefined) body.mk_id = product.mkId;
  }
  // Lines name the demo company's products ("art1"); a line without `unit` would create nothing (opr_code 8, API.md §2.5).
  for (const key of ['product_list', 'product_add']) {
    if (!Array.isArray(body[key]) || method === 'product_list') continue;
    body[key] = (body[key] as Array<Record<string, unknown>>).map((line) => {
      const known = typeof line.code === 'string' && store.products.byCode(line.code);
      if (known || line.unit !== undefined || line.mk_row_id !== undefined) return line;
      const { mk_id: _m, count_code: _c, ...rest } = line;
      return { ...rest, code: product.code };
    });
  }
  const partner = store.partners.list()[0]!;
  if (method === 'get_partner') {
    const values: Record<string, string | undefined> = {
      partner_id: partner.mkId,
      partner_name: partner.customer,
      partner_tax_number: partner.taxIdNumber,
      partner_email: partner.contacts[0]?.email,
      partner_phone_number: partner.contacts[0]?.gsm ?? partner.contacts[0]?.phone,
    };
    for (const key of Object.keys(values)) if (body[key] !== undefined) body[key] = values[key];
  }
  if (method === 'update_partner' && body.partner && typeof body.partner === 'object')
    body.partner = { ...(body.partner as object), mk_id: partner.mkId, count_code: undefined };
  return body;
}

describe(`Metakocka docs examples (metakocka_api_base ${facts.source.commit.slice(0, 7)}) against the sandbox`, () => {
  const listed = listedReasons();
  // `<page>:*` lists a page's examples that cannot be compared; a compared example that differs is listed by its own id.
  const reasonFor = (e: Example) => listed.get(e.id) ?? (notComparable(e) ? listed.get(`${e.page}:*`) : undefined);

  it('has extracted examples with the commit they came from', () => {
    expect(facts.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(facts.examples.length).toBeGreaterThan(200);
  });

  it('compares every comparable example and sends every unanswered one; the rest, every difference and every refusal are listed in docs/sandbox.md', async () => {
    const unexplained: string[] = [];
    const stale: string[] = [];
    let compared = 0;
    let matched = 0;
    let accepted = 0;
    let sent = 0;
    for (const e of facts.examples) {
      const why = notComparable(e);
      if (why && acceptable(e)) {
        sent += 1;
        const t = await httpTransport.open({ seed: 5 });
        try {
          const { secret_key: _s, company_id: _c, ...body } = await adapt(t, e);
          const answer = await t.post(e.path!, body);
          // A file (report) is the success answer of a binary endpoint (API.md §5.1).
          const file = answer.status === 200 && answer.json === undefined && !/html/.test(answer.contentType);
          if (file || answer.json?.opr_code === '0') {
            accepted += 1;
            if (listed.has(e.id)) stale.push(`${e.id} is accepted now; take it off the list`);
          } else if (!listed.has(e.id)) {
            unexplained.push(
              `${e.id} (${e.heading}): no documented answer, and refused: ${answer.json?.opr_code ?? answer.status} ${answer.json?.opr_desc ?? ''}`,
            );
          }
        } finally {
          await t.close();
        }
        continue;
      }
      if (why) {
        if (!reasonFor(e)) unexplained.push(`${e.id} (${e.heading}): not compared, ${why}`);
        continue;
      }
      compared += 1;
      const t = await httpTransport.open({ seed: 5 });
      try {
        const { secret_key: _s, company_id: _c, ...body } = await adapt(t, e);
        const answer = await t.post(e.path!, body);
        const differences =
          answer.json === undefined
            ? [`answered HTTP ${answer.status} ${answer.contentType}`]
            : shapeDifferences(e.response!, answer.json);
        if (differences.length === 0) {
          matched += 1;
          if (listed.has(e.id)) stale.push(`${e.id} matches now; take it off the list`);
        } else if (!reasonFor(e)) {
          unexplained.push(`${e.id} (${e.heading}): ${differences.slice(0, 3).join('; ')}`);
        }
      } finally {
        await t.close();
      }
    }
    // The figures docs/sandbox.md quotes.
    process.stdout.write(
      `docs examples: ${facts.examples.length} extracted, ${compared} compared, ${matched} matched; ${sent} without a documented answer sent, ${accepted} accepted\n`,
    );
    expect(unexplained).toEqual([]);
    expect(stale).toEqual([]);
  }, 240_000);
});
