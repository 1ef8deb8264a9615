// Record commands on companies and people, and "Create Metakocka offer/order" from an opportunity: exact requests,
// confirmation before unlink/exclude, and what the user sees when the route refuses.
import { commandText, COMMAND_CATALOGUES } from 'ui/commands/messages';
import { messageTexts, type Message } from 'ui/shared/message';
import { createDocumentFromOpportunity } from 'ui/commands/opportunity-lines';
import { MAX_RECORDS_PER_COMMAND, recordCommand } from 'ui/commands/record-commands';

import { fakeTwenty, recordingHost, refusal } from 'test/ui/commands/fake-twenty';

const en = commandText('en');
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const OPPORTUNITY = '7d3c2b1a-0f9e-4d8c-b7a6-958473625140';

describe('record commands', () => {
  it('resync sends one { action, object, recordId } per selected company, in order, and shows the route’s detail', async () => {
    const twenty = fakeTwenty(() => ({ status: 200, body: { ok: true, detail: 'Queued: both sides are compared.' } }));
    const { host, snackbars, confirmations } = recordingHost();
    await recordCommand(twenty.client, host, en, 'resync', 'company', [id(1), id(2)]);
    expect(twenty.requests.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      {
        method: 'POST',
        path: '/s/metakocka/sync/record-action',
        body: { action: 'resync', object: 'company', recordId: id(1) },
      },
      {
        method: 'POST',
        path: '/s/metakocka/sync/record-action',
        body: { action: 'resync', object: 'company', recordId: id(2) },
      },
    ]);
    expect(confirmations).toHaveLength(0);
    expect(snackbars).toEqual([{ variant: 'success', message: '2 records: Queued: both sides are compared.' }]);
  });

  it.each(['unlink', 'exclude'] as const)(
    '%s asks first; cancelling sends nothing and shows nothing',
    async (action) => {
      const twenty = fakeTwenty(() => ({ status: 200, body: { ok: true, detail: 'x' } }));
      const { host, snackbars, confirmations } = recordingHost('cancel');
      await recordCommand(twenty.client, host, en, action, 'person', [id(1)]);
      expect(confirmations).toEqual([
        expect.objectContaining({ confirmButtonAccent: 'danger', subtitle: expect.stringContaining('1 selected') }),
      ]);
      expect(twenty.requests).toHaveLength(0);
      expect(snackbars).toHaveLength(0);
    },
  );

  it('unlink, once confirmed, sends the request and shows the route’s detail', async () => {
    const detail = 'Unlinked and excluded, so the next pull does not bind it again.';
    const twenty = fakeTwenty(() => ({ status: 200, body: { ok: true, detail } }));
    const { host, snackbars, confirmations } = recordingHost('confirm');
    await recordCommand(twenty.client, host, en, 'unlink', 'person', [id(7)]);
    expect(confirmations[0]).toMatchObject({ title: 'Unlink from Metakocka?', confirmButtonText: 'Unlink' });
    expect(twenty.requests.map((r) => r.body)).toEqual([{ action: 'unlink', object: 'person', recordId: id(7) }]);
    expect(snackbars).toEqual([{ variant: 'success', message: detail }]);
  });

  it('stops at the first refusal, shows the route’s message and says how many were done', async () => {
    const twenty = fakeTwenty((_r, i) =>
      i === 1
        ? refusal(
            400,
            'Send { action: resync|unlink|exclude|include, object: company|person|metakockaProduct, recordId: <uuid> }: recordId: Invalid UUID.',
            'Correct the request and send it again.',
          )
        : { status: 200, body: { ok: true, detail: 'Excluded.' } },
    );
    const { host, snackbars } = recordingHost('confirm');
    await recordCommand(twenty.client, host, en, 'exclude', 'company', [id(1), id(2), id(3)]);
    expect(twenty.requests.map((r) => (r.body as { recordId: string }).recordId)).toEqual([id(1), id(2)]);
    expect(snackbars).toEqual([
      {
        variant: 'error',
        message:
          'Send { action: resync|unlink|exclude|include, object: company|person|metakockaProduct, recordId: <uuid> }: recordId: Invalid UUID.',
        detailedMessage:
          '1 of 3 records were done before this; the rest were not sent. Correct the request and send it again.',
      },
    ]);
  });

  it(`sends at most ${MAX_RECORDS_PER_COMMAND} records and says so`, async () => {
    const twenty = fakeTwenty(() => ({
      status: 200,
      body: { ok: true, detail: 'Included again and queued for a sync.' },
    }));
    const { host, snackbars } = recordingHost();
    await recordCommand(
      twenty.client,
      host,
      en,
      'include',
      'person',
      Array.from({ length: 25 }, (_, i) => id(i + 1)),
    );
    expect(twenty.requests).toHaveLength(MAX_RECORDS_PER_COMMAND);
    expect(snackbars[0]!.message).toBe(
      `20 records: Included again and queued for a sync. Only the first 20 selected records were sent.`,
    );
  });

  it('refuses other objects without sending anything', async () => {
    const twenty = fakeTwenty(() => ({ status: 200, body: {} }));
    const { host, snackbars } = recordingHost();
    await recordCommand(twenty.client, host, en, 'resync', 'opportunity', [id(1)]);
    expect(twenty.requests).toHaveLength(0);
    expect(snackbars).toEqual([{ variant: 'warning', message: 'This command works on companies and people only.' }]);
  });
});

describe('create a Metakocka offer or order from an opportunity', () => {
  const products = [
    { id: id(101), code: 'KAVA-1', isActive: true },
    { id: id(102), code: 'SKODELICA', isActive: true },
    { id: id(103), code: 'SKODELICA', isActive: false },
  ];

  it('reads the products by code with the user token, then sends the lines with exact decimal quantities', async () => {
    const twenty = fakeTwenty((r) =>
      r.method === 'GET'
        ? { status: 200, body: { data: { metakockaProducts: products } } }
        : { status: 200, body: { ok: true, message: 'Metakocka offer P-0007 made from the opportunity.' } },
    );
    const { host, snackbars } = recordingHost();
    const outcome = await createDocumentFromOpportunity(twenty.client, host, en, {
      opportunityId: OPPORTUNITY,
      documentType: 'SALES_OFFER',
      rows: [
        { code: ' KAVA-1 ', quantity: '1,5', discount: '' },
        { code: '', quantity: '' },
        { code: 'SKODELICA', quantity: '12', discount: '2,5' },
      ],
    });
    expect(twenty.requests[0]).toMatchObject({
      method: 'GET',
      path: '/rest/metakockaProducts',
      query: { filter: 'code[in]:["KAVA-1","SKODELICA"]' },
    });
    expect(twenty.requests[1]).toMatchObject({
      method: 'POST',
      path: '/s/metakocka/documents/action',
      body: {
        action: 'create-from-opportunity',
        opportunityId: OPPORTUNITY,
        documentType: 'SALES_OFFER',
        lines: [
          { productId: id(101), quantity: '1.5' },
          { productId: id(102), quantity: '12', discountPercent: '2.5' },
        ],
      },
    });
    expect(outcome).toEqual({ variant: 'success', message: 'Metakocka offer P-0007 made from the opportunity.' });
    expect(snackbars).toEqual([outcome]);
  });

  it('accepts discounts from 0 to 100 and sends them as written, with a point', async () => {
    const twenty = fakeTwenty((r) =>
      r.method === 'GET'
        ? { status: 200, body: { data: { metakockaProducts: products } } }
        : { status: 200, body: { ok: true, message: 'ok' } },
    );
    const { host } = recordingHost();
    await createDocumentFromOpportunity(twenty.client, host, en, {
      opportunityId: OPPORTUNITY,
      documentType: 'SALES_ORDER',
      rows: [
        { code: 'KAVA-1', quantity: '1', discount: '100' },
        { code: 'KAVA-1', quantity: '2', discount: '0' },
        { code: 'SKODELICA', quantity: '3', discount: '099,99' },
      ],
    });
    expect((twenty.requests[1]!.body as { lines: unknown[] }).lines).toEqual([
      { productId: id(101), quantity: '1', discountPercent: '100' },
      { productId: id(101), quantity: '2', discountPercent: '0' },
      { productId: id(102), quantity: '3', discountPercent: '099.99' },
    ]);
  });

  it('sends a product picked from the search as it is, with the unit price typed in the form, and looks up only typed codes', async () => {
    const twenty = fakeTwenty((r) =>
      r.method === 'GET'
        ? { status: 200, body: { data: { metakockaProducts: products } } }
        : { status: 200, body: { ok: true, message: 'ok' } },
    );
    const { host } = recordingHost();
    await createDocumentFromOpportunity(twenty.client, host, en, {
      opportunityId: OPPORTUNITY,
      documentType: 'SALES_OFFER',
      rows: [
        { productId: id(103), code: 'SKODELICA', quantity: '2', unitPrice: '4,20' },
        { code: 'KAVA-1', quantity: '1', unitPrice: '' },
      ],
    });
    expect(twenty.requests[0]!.query).toMatchObject({ filter: 'code[in]:["KAVA-1"]' });
    expect((twenty.requests[1]!.body as { lines: unknown[] }).lines).toEqual([
      { productId: id(103), quantity: '2', unitPrice: '4.20' },
      { productId: id(101), quantity: '1' },
    ]);
  });

  it('with every product picked, reads no product and sends the lines', async () => {
    const twenty = fakeTwenty(() => ({ status: 200, body: { ok: true, message: 'ok' } }));
    const { host } = recordingHost();
    await createDocumentFromOpportunity(twenty.client, host, en, {
      opportunityId: OPPORTUNITY,
      documentType: 'SALES_ORDER',
      rows: [{ productId: id(102), code: 'SKODELICA', quantity: '3' }],
    });
    expect(twenty.requests.map((r) => r.method)).toEqual(['POST']);
  });

  it('names an unknown code and sends no document', async () => {
    const twenty = fakeTwenty(() => ({ status: 200, body: { data: { metakockaProducts: [products[0]] } } }));
    const { host } = recordingHost();
    const outcome = await createDocumentFromOpportunity(twenty.client, host, en, {
      opportunityId: OPPORTUNITY,
      documentType: 'SALES_ORDER',
      rows: [
        { code: 'KAVA-1', quantity: '1' },
        { code: 'NI-TAKE', quantity: '2' },
      ],
    });
    expect(outcome.message).toContain('No Metakocka product has the code NI-TAKE.');
    expect(twenty.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it.each([
    [[{ code: '', quantity: '' }], 'Fill in at least one row with a product code and a quantity.'],
    [[{ code: 'KAVA-1', quantity: '0' }], 'Row 1: "0" is not a quantity; write a number above zero, e.g. 2 or 1,5.'],
    [
      [
        { code: 'KAVA-1', quantity: '1' },
        { code: 'X', quantity: '2.5.1' },
      ],
      'Row 2: "2.5.1" is not a quantity; write a number above zero, e.g. 2 or 1,5.',
    ],
    [[{ code: '', quantity: '3' }], 'Row 1: no product is chosen; find it by code or name.'],
    [
      [{ code: 'KAVA-1', quantity: '1', unitPrice: '12 EUR' }],
      'Row 1: "12 EUR" is not a price; write a number such as 12,50, or leave it empty for the product’s own price.',
    ],
    [
      [{ code: 'KAVA-1', quantity: '1', discount: '100,5' }],
      'Row 1: "100,5" is not a discount; write a percentage from 0 to 100, e.g. 10 or 2,5, or leave it empty.',
    ],
    [
      [{ code: 'KAVA-1', quantity: '1', discount: '-5' }],
      'Row 1: "-5" is not a discount; write a percentage from 0 to 100, e.g. 10 or 2,5, or leave it empty.',
    ],
    [
      [{ code: 'KAVA-1', quantity: '1', discount: '0250' }],
      'Row 1: "0250" is not a discount; write a percentage from 0 to 100, e.g. 10 or 2,5, or leave it empty.',
    ],
  ])('refuses rows %j before any request', async (rows, message) => {
    const twenty = fakeTwenty(() => ({ status: 200, body: {} }));
    const { host } = recordingHost();
    expect(
      await createDocumentFromOpportunity(twenty.client, host, en, {
        opportunityId: OPPORTUNITY,
        documentType: 'SALES_OFFER',
        rows,
      }),
    ).toEqual({ variant: 'error', message });
    expect(twenty.requests).toHaveLength(0);
  });

  it('shows the route’s refusal (opportunity without a customer)', async () => {
    const twenty = fakeTwenty((r) =>
      r.method === 'GET'
        ? { status: 200, body: { data: { metakockaProducts: products } } }
        : refusal(
            422,
            'Opportunity "Big deal" has no company and no point of contact.',
            'Set the customer on the opportunity, then run the action again.',
            'MAPPING_FAILED',
          ),
    );
    const { host, snackbars } = recordingHost();
    await createDocumentFromOpportunity(twenty.client, host, en, {
      opportunityId: OPPORTUNITY,
      documentType: 'SALES_ORDER',
      rows: [{ code: 'KAVA-1', quantity: '2' }],
    });
    expect(snackbars).toEqual([
      {
        variant: 'error',
        message: 'Opportunity "Big deal" has no company and no point of contact.',
        detailedMessage: 'Set the customer on the opportunity, then run the action again.',
      },
    ]);
  });
});

describe('texts', () => {
  it('every English text has a Slovenian one with the same placeholders', () => {
    const placeholders = (message: Message | undefined) =>
      [
        ...new Set(messageTexts(message ?? '').flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))),
      ].sort();
    for (const [key, text] of Object.entries(COMMAND_CATALOGUES.en)) {
      const slovenian = (COMMAND_CATALOGUES.sl as Record<string, Message>)[key];
      expect({ key, placeholders: placeholders(slovenian) }).toEqual({ key, placeholders: placeholders(text) });
      expect(slovenian).not.toEqual(text);
    }
  });
});
