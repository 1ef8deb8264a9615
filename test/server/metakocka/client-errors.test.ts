import { HttpResponse } from 'msw';

import { SyncError } from 'server/errors';
import { MetakockaWriteUncertainError } from 'server/metakocka';
import { MAX_ANSWER_BYTES } from 'server/metakocka/client';

import { getDocumentAnswer } from './fixtures/api-md-8';
import { deadPort, delay, html404, startMkStub, stubClient } from './mk-stub';

const stub = startMkStub();
afterEach(() => stub.reset());
afterAll(() => stub.close());

const caught = async (promise: Promise<unknown>): Promise<SyncError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SyncError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
};

describe('Metakocka client errors', () => {
  it.each([
    ['3', 'Invalid secret_key or company_id.', 'MK_AUTH'],
    ['4', 'IP address not allowed', 'MK_IP_NOT_ALLOWED'],
    ['2', "Paramether 'status_code' has invalid value : X. Valid values : new_order, shipped", 'MK_VALIDATION'],
    ['2', 'Cannot find document type sales_order with id = 9', 'MK_NOT_FOUND'],
    ['6', "Profit center 'X' doesn't exist.", 'MK_REFUSED'],
    ['1', 'Internal server error.', 'MK_UNKNOWN'],
  ])('turns opr_code %s "%s" (HTTP 200) into %s and does not retry it', async (oprCode, oprDesc, code) => {
    stub.on('get_document', () => ({ opr_code: oprCode, opr_desc: oprDesc }));
    const client = stubClient();
    const error = await caught(client.getDocument({ docType: 'sales_order', docId: '9' }));
    expect(error.code).toBe(code);
    expect(client.callCounts()).toEqual({ get_document: 1 });
  });

  it('reports wrong credentials as MK_AUTH with a fix the user can follow', async () => {
    stub.on('warehouse_list', () => ({ opr_code: '0', warehouse_list: [] }));
    const client = stubClient({ secretKey: 'wrong-key' });
    const error = await caught(client.warehouseList());
    expect(error).toMatchObject({ code: 'MK_AUTH', retryable: false });
    expect(error.action).toMatch(/company id and API secret key/);
  });

  it('reports an HTML 404 page (wrong path family or base URL) as MK_MISCONFIGURED, without retrying', async () => {
    stub.on('warehouse_list', () => html404());
    const client = stubClient();
    const error = await caught(client.warehouseList());
    expect(error).toMatchObject({ code: 'MK_MISCONFIGURED', retryable: false });
    expect(error.message).toContain('/rest/eshop/v1/json/warehouse_list');
    expect(client.callCounts()).toEqual({ warehouse_list: 1 });
  });

  it('reports a base URL one level too deep as MK_MISCONFIGURED (the path family ends up wrong)', async () => {
    stub.on('warehouse_list', () => ({ opr_code: '0', warehouse_list: [] }));
    const client = stubClient({ baseUrl: 'https://mk.stub.test/rest/eshop/v1' });
    expect((await caught(client.warehouseList())).code).toBe('MK_MISCONFIGURED');
  });

  it('retries malformed JSON and HTTP 5xx, then succeeds', async () => {
    let calls = 0;
    stub.on('warehouse_list', () => {
      calls += 1;
      if (calls === 1)
        return new HttpResponse('{"opr_code": "0", "warehouse_li', { headers: { 'content-type': 'application/json' } });
      if (calls === 2) return new HttpResponse('busy', { status: 502 });
      return { opr_code: '0', warehouse_list: { mk_id: '1600000311', mark: 'glavno' } };
    });
    const client = stubClient();
    expect((await client.warehouseList()).map((w) => w.mark)).toEqual(['glavno']);
    expect(client.callCounts()).toEqual({ warehouse_list: 3 });
    // Exponential backoff with jitter: base 100 ms, then 200 ms, each between half and the full step (random = 0.5).
    expect(client.sleeps).toEqual([75, 150]);
  });

  it('gives up a timing-out read after the configured attempts with MK_UNAVAILABLE (timeout)', async () => {
    stub.on('product_list', async () => {
      await delay(300);
      return { opr_code: '0', product_list: [] };
    });
    const client = stubClient({ timeoutMs: 40, retry: { attempts: 3, baseDelayMs: 100, budgetMs: 60_000 } });
    const error = await caught(client.productList());
    expect(error).toMatchObject({ code: 'MK_UNAVAILABLE', retryable: true, reason: 'timeout' });
    expect(client.callCounts()).toEqual({ product_list: 3 });
    expect(client.sleeps).toHaveLength(2);
  });

  it('stops retrying when the next pause would overrun the time budget', async () => {
    stub.on('product_list', () => new HttpResponse('down', { status: 503 }));
    const client = stubClient({ retry: { attempts: 10, baseDelayMs: 1_000, budgetMs: 5_000 } });
    const error = await caught(client.productList());
    expect(error.code).toBe('MK_UNAVAILABLE');
    // Pauses 750 + 1500 = 2250 ms fit; the next (3000) would pass 5 s, so three calls in all.
    expect(client.sleeps).toEqual([750, 1500]);
    expect(client.callCounts()).toEqual({ product_list: 3 });
  });

  it('cuts a slow attempt short when the time budget runs out, whatever the per-call timeout', async () => {
    stub.on('warehouse_list', async () => (await delay(3_000), { opr_code: '0', warehouse_list: [] }));
    const client = stubClient({ timeoutMs: 30_000, retry: { attempts: 5, baseDelayMs: 10, budgetMs: 150 } });
    const started = Date.now();
    expect(await caught(client.warehouseList())).toMatchObject({ code: 'MK_UNAVAILABLE', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('treats quota (opr_code 5) as retryable after a long pause, within the budget only', async () => {
    let calls = 0;
    stub.on('warehouse_list', () =>
      ++calls === 1 ? { opr_code: '5', opr_desc: 'Quote exceeds' } : { opr_code: '0', warehouse_list: [] },
    );
    const short = stubClient();
    expect(await caught(short.warehouseList())).toMatchObject({ code: 'MK_QUOTA', retryable: true });
    calls = 0;
    const patient = stubClient({ retry: { attempts: 3, baseDelayMs: 100, budgetMs: 10 * 60_000 } });
    await expect(patient.warehouseList()).resolves.toEqual([]);
    expect(patient.sleeps).toEqual([5 * 60_000]);
  });

  it('answers get_partner without a hit (opr_code 2) with an empty list', async () => {
    stub.on('get_partner', () => ({ opr_code: '2', opr_desc: 'No partner with such properties.' }));
    await expect(stubClient().getPartner({ taxNumber: 'SI00000000' })).resolves.toEqual([]);
  });

  it('never re-sends a put_document whose answer was lost, and finds the document by buyer order instead', async () => {
    const stored: Record<string, unknown>[] = [];
    stub.on('put_document', async (body) => {
      stored.push(body);
      await delay(300); // the write is applied, the answer comes too late
      return { opr_code: '0', mk_id: '400000012345', count_code: 'PP-1187' };
    });
    stub.on('get_document', (body) =>
      stored.some((doc) => doc.buyer_order === body.buyer_order)
        ? getDocumentAnswer
        : { opr_code: '6', opr_desc: `Cannot find sales order with buyer order '${String(body.buyer_order)}'` },
    );
    const client = stubClient({ timeoutMs: 40 });
    const error = await caught(
      client.putDocument({ doc_type: 'sales_order', buyer_order: 'CRM-2026-0077', doc_date: '12.03.2026' }),
    );
    expect(error).toBeInstanceOf(MetakockaWriteUncertainError);
    expect(error).toMatchObject({ code: 'MK_WRITE_UNCERTAIN', retryable: false });
    expect(client.callCounts().put_document).toBe(1);
    const found = await client.findDocumentAfterUncertainWrite({ docType: 'sales_order', buyerOrder: 'CRM-2026-0077' });
    expect(found?.mk_id).toBe('400000012345');
    await expect(
      client.findDocumentAfterUncertainWrite({ docType: 'sales_order', buyerOrder: 'CRM-OTHER' }),
    ).resolves.toBeNull();
  });

  /** A server whose JSON answer never ends (runaway or hostile); counts the bytes the client pulled from it. */
  const endlessServer = () => {
    const pulled = { bytes: 0 };
    const chunk = new TextEncoder().encode('{"customer":"Padding d.o.o."},'.repeat(128 * 1024)); // 3.75 MiB
    const fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start: (controller) => controller.enqueue(new TextEncoder().encode('{"opr_code":"0","partner_list":[')),
          pull: (controller) => {
            pulled.bytes += chunk.byteLength;
            controller.enqueue(chunk);
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    return { pulled, fetch };
  };

  it('stops reading an answer past the 32 MiB cap, names the call and the cap, and does not retry it', async () => {
    const server = endlessServer();
    const client = stubClient({ fetch: server.fetch });
    const seen: unknown[] = [];
    const error = await caught(client.listPartners(1000, (partner) => seen.push(partner)));
    expect(error).toMatchObject({ code: 'MK_ANSWER_TOO_LARGE', retryable: false });
    expect(error.message).toContain('answer to get_partner is larger than 32 MiB (33554432 bytes)');
    expect(seen).toEqual([]); // nothing of the answer reached the caller
    expect(server.pulled.bytes).toBeLessThan(MAX_ANSWER_BYTES + 8 * 2 ** 20);
    expect(client.callCounts()).toEqual({ get_partner: 1 });
  });

  it('counts a write whose answer is over the cap as uncertain: it arrived, so it is looked up, never re-sent', async () => {
    const client = stubClient({ fetch: endlessServer().fetch });
    const error = await caught(
      client.putDocument({ doc_type: 'sales_order', buyer_order: 'CRM-2026-0078', doc_date: '12.03.2026' }),
    );
    expect(error).toMatchObject({ code: 'MK_WRITE_UNCERTAIN', message: expect.stringContaining('too large to read') });
    expect(client.callCounts().put_document).toBe(1);
  });

  it('raises MK_WRITE_UNCERTAIN for add_partner on a 500, and finds the partner by tax number', async () => {
    stub.on('add_partner', () => new HttpResponse('oops', { status: 500 }));
    stub.on('get_partner', (body) =>
      body.partner_tax_number === 'SI71234560'
        ? {
            partner_list: [
              { mk_id: '5', customer: 'Alpska Tehnika d.o.o.', tax_id_number: 'SI 7123 4560' },
              { mk_id: '9', customer: 'Alpska', tax_id_number: 'SI71234560' },
            ],
          }
        : { opr_code: '2', opr_desc: 'No partner with such properties.' },
    );
    const client = stubClient();
    expect(
      (await caught(client.addPartner({ customer: 'Alpska Tehnika d.o.o.', tax_id_number: 'SI71234560' }))).code,
    ).toBe('MK_WRITE_UNCERTAIN');
    expect(client.callCounts().add_partner).toBe(1);
    expect((await client.findPartnerAfterUncertainWrite({ taxNumber: 'SI71234560' }))?.mk_id).toBe('9');
    await expect(client.findPartnerAfterUncertainWrite({ taxNumber: 'SI99999999' })).resolves.toBeNull();
  });

  it('retries a write refused before it arrived (HTTP 429), since nothing was applied', async () => {
    let calls = 0;
    stub.on('product_add', () =>
      ++calls === 1
        ? new HttpResponse('slow down', { status: 429 })
        : { opr_code: '0', mk_id: '1600390099', count_code: 'PA_9' },
    );
    const client = stubClient();
    await expect(client.productAdd({ code: 'X', name: 'X', unit: 'kos' })).resolves.toMatchObject({
      mk_id: '1600390099',
    });
    expect(client.callCounts().product_add).toBe(2);
  });

  it('reports a dead port as MK_UNAVAILABLE (unreachable) with the network code', async () => {
    const client = stubClient({
      baseUrl: `http://127.0.0.1:${await deadPort()}`,
      retry: { attempts: 2, baseDelayMs: 10, budgetMs: 1_000 },
    });
    const error = await caught(client.warehouseList());
    expect(error).toMatchObject({ code: 'MK_UNAVAILABLE', reason: 'unreachable' });
    expect(error.message).toContain('ECONNREFUSED');
    expect(client.callCounts()).toEqual({ warehouse_list: 2 });
  });

  it('reads a report as bytes, and a JSON answer to report as an error', async () => {
    stub.on('report', (body) =>
      body.mk_id === '1'
        ? new HttpResponse(new Uint8Array([0x25, 0x50, 0x44, 0x46]), { headers: { 'content-type': 'application/pdf' } })
        : { opr_code: '2', opr_desc: 'Cannot find document with id = 2' },
    );
    const client = stubClient();
    const file = await client.report({ mkId: '1' });
    expect(new TextDecoder().decode(file.bytes)).toBe('%PDF');
    expect(file.contentType).toBe('application/pdf');
    expect((await caught(client.report({ mkId: '2' }))).code).toBe('MK_NOT_FOUND');
  });
});
