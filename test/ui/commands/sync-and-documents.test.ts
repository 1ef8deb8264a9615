// "Run Metakocka sync" and the sales-document commands: the exact request each sends, and what the user sees for
// the route's answer or refusal.
import { commandText } from 'ui/commands/messages';
import { changeStatusCommand, readStatusChoices } from 'ui/commands/change-status';
import { documentCommand } from 'ui/commands/document-commands';
import { runSyncCommand } from 'ui/commands/run-sync';

import { fakeTwenty, recordingHost, refusal, USER_TOKEN } from 'test/ui/commands/fake-twenty';

const en = commandText('en');
const sl = commandText('sl');
const DOC = '5b0d8c1e-3c1f-4f51-9a51-0f8f1b7e2a10';

describe('Run Metakocka sync', () => {
  it('POSTs {} to /s/metakocka/sync/run with the user token and says which streams started', async () => {
    const twenty = fakeTwenty(() => ({
      status: 200,
      body: {
        runs: [
          { stream: 'partners', runId: 'r1', status: 'started' },
          { stream: 'products', runId: 'r2', status: 'already-running' },
        ],
      },
    }));
    const { host, snackbars } = recordingHost();
    await runSyncCommand(twenty.client, host, en);
    expect(twenty.requests).toEqual([
      { method: 'POST', path: '/s/metakocka/sync/run', query: {}, body: {}, authorization: `Bearer ${USER_TOKEN}` },
    ]);
    expect(snackbars).toEqual([
      { variant: 'success', message: 'Metakocka sync started: partners. Already running: products.' },
    ]);
  });

  it('tells the user to switch a stream on when none ran', async () => {
    const twenty = fakeTwenty(() => ({ status: 200, body: { runs: [] } }));
    const { host, snackbars } = recordingHost();
    await runSyncCommand(twenty.client, host, sl);
    expect(snackbars).toEqual([
      {
        variant: 'warning',
        message: 'Noben tok sinhronizacije ni vklopljen.',
        detailedMessage: 'Vklopite tok v nastavitvah sinhronizacije Metakocka.',
      },
    ]);
  });

  it('shows the route’s refusal as the route wrote it (403 without the permission)', async () => {
    const twenty = fakeTwenty(() =>
      refusal(
        403,
        'You need the "Manage Metakocka" permission for this.',
        'Ask an admin to give your role the permission.',
      ),
    );
    const { host, snackbars } = recordingHost();
    await runSyncCommand(twenty.client, host, en);
    expect(snackbars).toEqual([
      {
        variant: 'error',
        message: 'You need the "Manage Metakocka" permission for this.',
        detailedMessage: 'Ask an admin to give your role the permission.',
      },
    ]);
  });

  it('never shows a raw body: an HTML error page or a stack trace becomes a sentence with the status', async () => {
    const twenty = fakeTwenty(() => ({
      status: 502,
      text: '<html>Bad gateway secret_key=abc123 at Object.<anonymous></html>',
    }));
    const { host, snackbars } = recordingHost();
    await runSyncCommand(twenty.client, host, en);
    expect(snackbars).toEqual([
      {
        variant: 'error',
        message: 'The Metakocka app failed (HTTP 502).',
        detailedMessage: expect.stringContaining('Try again'),
      },
    ]);
    expect(JSON.stringify(snackbars)).not.toMatch(/secret|abc123|html/);
  });

  it('says the app did not answer when the request never arrives', async () => {
    const twenty = fakeTwenty(() => new TypeError('fetch failed'));
    const { host, snackbars } = recordingHost();
    await runSyncCommand(twenty.client, host, en);
    expect(snackbars).toEqual([
      {
        variant: 'error',
        message: 'The Metakocka app did not answer.',
        detailedMessage: expect.stringContaining('try again'),
      },
    ]);
  });

  it('a 401 without a body asks the user to sign in again', async () => {
    const twenty = fakeTwenty(() => ({ status: 401 }));
    const { host, snackbars } = recordingHost();
    await runSyncCommand(twenty.client, host, en);
    expect(snackbars[0]).toEqual({
      variant: 'error',
      message: 'Your Twenty session has expired.',
      detailedMessage: 'Reload the page, sign in again and repeat the command.',
    });
  });
});

describe('sales document commands', () => {
  it.each(['push', 'get-pdf'] as const)(
    '%s POSTs { action, documentId } to /s/metakocka/documents/action and shows the route’s message',
    async (action) => {
      const twenty = fakeTwenty(() => ({
        status: 200,
        body: { ok: true, documentId: DOC, message: 'Created P-2026-0042 in Metakocka.' },
      }));
      const { host, snackbars } = recordingHost();
      await documentCommand(twenty.client, host, en, action, [DOC]);
      expect(twenty.requests.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
        { method: 'POST', path: '/s/metakocka/documents/action', body: { action, documentId: DOC } },
      ]);
      expect(snackbars).toEqual([{ variant: 'success', message: 'Created P-2026-0042 in Metakocka.' }]);
    },
  );

  it('shows the route’s 422 refusal of an issued invoice with its next step', async () => {
    const twenty = fakeTwenty(() =>
      refusal(
        422,
        'Invoice 2026-00017 is issued; Metakocka does not allow changing it.',
        'Make a credit note in Metakocka instead.',
        'DOCUMENT_LOCKED',
      ),
    );
    const { host, snackbars } = recordingHost();
    await documentCommand(twenty.client, host, en, 'push', [DOC]);
    expect(snackbars).toEqual([
      {
        variant: 'error',
        message: 'Invoice 2026-00017 is issued; Metakocka does not allow changing it.',
        detailedMessage: 'Make a credit note in Metakocka instead.',
      },
    ]);
  });

  it.each([[[]], [[DOC, '6c1e9d2f-4d2a-4a62-8b62-1a9a2c8f3b21']]])(
    'sends nothing unless exactly one document is selected (%j)',
    async (ids) => {
      const twenty = fakeTwenty(() => ({ status: 200, body: {} }));
      const { host, snackbars } = recordingHost();
      await documentCommand(twenty.client, host, en, 'push', ids);
      expect(twenty.requests).toHaveLength(0);
      expect(snackbars).toEqual([
        {
          variant: 'warning',
          message:
            ids.length === 0
              ? 'Select a record first.'
              : 'Select exactly one record; this command works on one at a time.',
        },
      ]);
    },
  );

  it('change status sends the trimmed status code and says the new status in the user’s language', async () => {
    const twenty = fakeTwenty(() => ({
      status: 200,
      body: { ok: true, documentId: DOC, message: 'Status is now "Odpremljen".' },
    }));
    const { host, snackbars } = recordingHost();
    const { outcome } = await changeStatusCommand(twenty.client, host, sl, DOC, '  Odpremljen ');
    expect(twenty.requests.map((r) => r.body)).toEqual([
      { action: 'change-status', documentId: DOC, statusCode: 'Odpremljen' },
    ]);
    expect(outcome).toEqual({ variant: 'success', message: 'Status v Metakocki je zdaj "Odpremljen".' });
    expect(snackbars).toEqual([outcome]);
  });

  it('change status with an empty code sends nothing and says what is missing', async () => {
    const twenty = fakeTwenty(() => ({ status: 200, body: {} }));
    const { host, snackbars } = recordingHost();
    expect((await changeStatusCommand(twenty.client, host, en, DOC, '   ')).outcome).toEqual({
      variant: 'warning',
      message: 'Write the new status first.',
    });
    expect(twenty.requests).toHaveLength(0);
    expect(snackbars).toHaveLength(0);
  });

  it('a status Metakocka refuses is said as a sentence, never its raw "Paramether" text, and its valid names come back for the list', async () => {
    const twenty = fakeTwenty(() => ({
      status: 422,
      body: {
        error: 'Metakocka has no order status named "Poslano" in this company.',
        action: 'Choose one of the statuses Metakocka knows: Odprt, Odpremljen.',
        code: 'DOCUMENT_REFUSED',
        choices: ['Odprt', 'Odpremljen'],
      },
    }));
    const { host, snackbars } = recordingHost();
    const result = await changeStatusCommand(twenty.client, host, sl, DOC, 'Poslano');
    expect(result).toEqual({
      outcome: {
        variant: 'error',
        message: 'Metakocka v tem podjetju nima statusa naročila z imenom "Poslano".',
        detailedMessage: 'Izberite enega od statusov, ki jih Metakocka pozna; zdaj so na seznamu: Odprt, Odpremljen.',
      },
      validNames: ['Odprt', 'Odpremljen'],
    });
    expect(JSON.stringify(snackbars)).not.toMatch(/Paramether|opr_code/);
  });

  it('offers the statuses seen on documents of the same type, the current one included, once each', async () => {
    const twenty = fakeTwenty((request) =>
      request.path.endsWith(DOC)
        ? {
            status: 200,
            body: { data: { metakockaSalesDocument: { id: DOC, status: 'Odprt', documentType: 'SALES_ORDER' } } },
          }
        : {
            status: 200,
            body: {
              data: {
                metakockaSalesDocuments: [
                  { id: 'a', status: 'Odpremljen' },
                  { id: 'b', status: 'Čaka na plačilo' },
                  { id: 'c', status: 'Odpremljen' },
                  { id: 'd', status: null },
                ],
              },
            },
          },
    );
    expect(await readStatusChoices(twenty.client, DOC)).toEqual({
      current: 'Odprt',
      known: ['Čaka na plačilo', 'Odpremljen', 'Odprt'],
    });
    expect(twenty.requests[1]!.query).toMatchObject({ filter: 'documentType[eq]:SALES_ORDER' });
  });
});
