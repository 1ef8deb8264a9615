// inbox-read in each member's language (issue 15 item 1): an issue keeps its error code and parameters, and the inbox
// words its message and next step for whoever reads it: a member who chose Slovenian reads Slovenian, the member next
// to them who did not reads the workspace's English, and an issue kept from before 0.4.0 without parameters shows its
// stored sentence to both.
import { INBOX_ROUTES } from 'plugin/constants/route-paths';
import { renderAction, renderError } from 'server/error-catalogue';
import type { InboxPageAnswer } from 'server/routes/contracts';
import { englishWordsIn } from 'test/support/english-leftovers';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });
jest.setTimeout(300_000);
const READ = `/s${INBOX_ROUTES.read}`;
const SLOVENIAN = { workspaceMemberId: '5104e4e1-1111-4111-8111-0000000000a1', flags: [] as string[] };
const ENGLISH = { workspaceMemberId: 'e4611540-1111-4111-8111-0000000000b2', flags: [] as string[] };

const VALIDATION = { oprCode: 2, method: 'add_partner', value: 'field', field: 'tax_id_num', oprDesc: 'tax_id_num' };
const common = {
  status: 'OPEN',
  stream: 'PARTNERS',
  recordObject: 'company',
  attempts: 1,
  suggestedAction: 'As stored.',
};

function seed() {
  world.standIn.kv.set('language:member:' + SLOVENIAN.workspaceMemberId, 'sl');
  world.standIn.seed('metakockaSyncIssue', [
    {
      ...common,
      issueKey: 'validation',
      name: 'validation',
      kind: 'ERROR',
      severity: 'ERROR',
      errorCode: 'MK_VALIDATION',
      metakockaId: '1001',
      message: renderError('MK_VALIDATION', VALIDATION),
      messageParams: VALIDATION,
      lastSeenAt: '2026-12-01T10:00:00.000Z',
    },
    {
      ...common,
      issueKey: 'conflict',
      name: 'conflict',
      kind: 'CONFLICT',
      severity: 'WARNING',
      errorCode: 'CONFLICT',
      conflictField: 'name',
      metakockaId: '1002',
      message: renderError('CONFLICT', { change: 'field', field: 'name', next: 'choose' }),
      messageParams: { change: 'field', field: 'name', next: 'choose' },
      lastSeenAt: '2026-12-01T09:00:00.000Z',
    },
    {
      ...common,
      issueKey: 'old',
      name: 'old',
      kind: 'ERROR',
      severity: 'ERROR',
      errorCode: 'MK_REFUSED',
      metakockaId: '1003',
      message: 'Metakocka refused the request (opr_code 6) during put_document: Profit center X does not exist.',
      messageParams: null,
      lastSeenAt: '2026-12-01T08:00:00.000Z',
    },
  ]);
}

const page = async (as: typeof SLOVENIAN) => {
  const reply = await world.harness.route(READ, { method: 'POST', body: { what: 'page', filter: {} }, as });
  expect(reply.status).toBe(200);
  return Object.fromEntries((reply.body as InboxPageAnswer).issues.map((i) => [i.metakockaId, i]));
};

describe('inbox-read in the reader’s language', () => {
  it('words each issue from its code for the member who chose Slovenian, and for no one else', async () => {
    seed();
    const sl = await page(SLOVENIAN);
    const en = await page(ENGLISH);

    expect(sl['1001']).toMatchObject({
      message: renderError('MK_VALIDATION', VALIDATION, 'sl'),
      suggestedAction: renderAction('MK_VALIDATION', VALIDATION, 'sl'),
    });
    expect(sl['1002']!.message).toContain('»name«');
    for (const id of ['1001', '1002'])
      expect([id, englishWordsIn(`${sl[id]!.message} ${sl[id]!.suggestedAction}`)]).toEqual([id, []]);

    expect(en['1001']).toMatchObject({ message: renderError('MK_VALIDATION', VALIDATION, 'en') });
    expect(en['1002']!.message).toBe(
      '"name" changed in both Twenty and Metakocka since the last sync; nothing was written on either side.',
    );
    // Kept from 0.3.0 without parameters: the stored sentence, for both.
    expect([sl['1003']!.message, sl['1003']!.suggestedAction]).toEqual([en['1003']!.message, 'As stored.']);
    // Twenty's own list views read the stored field: still the workspace language.
    expect(world.standIn.store.rows('metakockaSyncIssue').find((r) => r.issueKey === 'validation')?.message).toBe(
      renderError('MK_VALIDATION', VALIDATION),
    );
  });
});
