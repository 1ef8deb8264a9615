// "Link to Metakocka partner" from the command menu: the exact request by code or tax number, nothing sent without a
// value, and the route's refusal (the record holding the partner) shown as the route wrote it.
import { commandText } from 'ui/commands/messages';
import { linkPartnerCommand } from 'ui/commands/link-partner';

import { fakeTwenty, recordingHost, refusal } from 'test/ui/commands/fake-twenty';

const en = commandText('en');
const RECORD = '4b3a2918-0f1e-4d2c-8b3a-29180f1e4d2c';

describe('link to Metakocka partner', () => {
  it.each([
    ['code', ' P-0042 ', { partnerCode: 'P-0042' }],
    ['tax', 'SI 1234 5678', { taxNumber: 'SI 1234 5678' }],
  ] as const)('links by %s: sends { object, recordId, … } and shows the route’s detail', async (by, typed, sent) => {
    const twenty = fakeTwenty(() => ({
      status: 200,
      body: { ok: true, detail: 'Linked to Metakocka partner P-0042.' },
    }));
    const { host, snackbars } = recordingHost();
    await linkPartnerCommand(twenty.client, host, en, 'company', RECORD, by, typed);
    expect(twenty.requests.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      {
        method: 'POST',
        path: '/s/metakocka/sync/link-partner',
        body: { object: 'company', recordId: RECORD, ...sent },
      },
    ]);
    expect(snackbars).toEqual([{ variant: 'success', message: 'Linked to Metakocka partner P-0042.' }]);
  });

  it('sends nothing without a value, and shows a refusal naming the holder as the route wrote it', async () => {
    const twenty = fakeTwenty(() =>
      refusal(
        409,
        'Metakocka partner P-0042 ("Kovina d.o.o.") is already linked to company "Kovina" (1f2e…).',
        'Unlink that company first if this record should hold the partner instead.',
      ),
    );
    const { host, snackbars } = recordingHost();
    expect(await linkPartnerCommand(twenty.client, host, en, 'person', RECORD, 'code', '  ')).toEqual({
      variant: 'warning',
      message: en('link.empty'),
    });
    expect(twenty.requests).toHaveLength(0);
    await linkPartnerCommand(twenty.client, host, en, 'person', RECORD, 'code', 'P-0042');
    expect(snackbars).toEqual([
      {
        variant: 'error',
        message: expect.stringContaining('already linked to company "Kovina"'),
        detailedMessage: expect.stringContaining('Unlink that company'),
      },
    ]);
  });
});
