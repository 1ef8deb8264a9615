// Route refusals in the caller's language (issue 15 item 1): a manager who chose Slovenian and one who follows the
// workspace (English) send the same wrong or impossible request to the run, record-action, link-partner,
// resolve-conflict, inbox, preview and console routes; each reads what is wrong and the next step in their own
// language, with the ids and fields the refusal names, and the code the screens key on.
import { CONSOLE_ROUTES, INBOX_ROUTES, PREVIEW_ROUTES, SYNC_ROUTES } from 'plugin/constants/route-paths';
import { englishWordsIn } from 'test/support/english-leftovers';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 2, products: 0 });
const SLOVENIAN = { workspaceMemberId: '5104e4e1-2222-4222-8222-0000000000a1', flags: ['MANAGE_METAKOCKA'] };
const ENGLISH = MANAGER;
const MISSING = '00000000-0000-4000-8000-0000000000ff';

interface Refusal {
  status: number;
  body: { error: string; action: string; code: string };
}

type Ask = (as: typeof ENGLISH) => Promise<Refusal>;
const post =
  (path: string, body: unknown): Ask =>
  async (as) =>
    (await world().harness.route(`/s${path}`, { method: 'POST', body, as })) as Refusal;

/** The same request from both managers: the same status and code, each worded in the reader's language. */
async function bothWays(ask: Ask, expected: { status: number; code: string }) {
  world().standIn.kv.set(`language:member:${SLOVENIAN.workspaceMemberId}`, 'sl');
  const sl = await ask(SLOVENIAN);
  const en = await ask(ENGLISH);
  for (const reply of [sl, en]) expect(reply).toMatchObject({ status: expected.status, body: { code: expected.code } });
  expect(englishWordsIn(`${sl.body.error} ${sl.body.action}`)).toEqual([]);
  expect(sl.body.error).not.toBe(en.body.error);
  expect(sl.body.action).not.toBe(en.body.action);
  return { sl: sl.body, en: en.body };
}

describe('route refusals and answers in the reader’s language', () => {
  it("tells what a record action did in each manager's language", async () => {
    world().standIn.kv.set(`language:member:${SLOVENIAN.workspaceMemberId}`, 'sl');
    const [first, second] = await world.user().companies.upsertMany([{ name: 'Prva' }, { name: 'Druga' }]);
    const unlink = (recordId: string, as: typeof ENGLISH) =>
      world().harness.route(`/s${SYNC_ROUTES.recordAction}`, {
        method: 'POST',
        body: { action: 'unlink', object: 'company', recordId },
        as,
      });
    const sl = await unlink(first!.id, SLOVENIAN);
    const en = await unlink(second!.id, ENGLISH);
    expect(sl).toMatchObject({
      status: 200,
      body: { ok: true, detail: expect.stringMatching(/^Odvezano in izključeno/) },
    });
    expect(englishWordsIn((sl.body as { detail: string }).detail)).toEqual([]);
    expect(en).toMatchObject({
      status: 200,
      body: { ok: true, detail: expect.stringMatching(/^Unlinked and excluded/) },
    });
    // The audit entry keeps one language, whoever acted.
    const audited = world()
      .rows('metakockaAuditEntry')
      .filter((e) => e.action === 'record.unlinked');
    expect(audited.map((e) => e.detail)).toEqual([
      expect.stringMatching(/^Unlinked/),
      expect.stringMatching(/^Unlinked/),
    ]);
  });

  it('words refused run, record-action and link requests, a missing record and an unknown conflict per reader', async () => {
    const run = await bothWays(post(SYNC_ROUTES.runSync, { streams: ['nope'] }), {
      status: 400,
      code: 'SYNC_REQUEST_INVALID',
    });
    expect(run.en.error).toMatch(/^The run request is not valid: streams\.0: /);
    expect(run.sl.error).toBe('Zahteva za zagon sinhronizacije ni veljavna.');
    expect(run.sl.action).toContain('Popravite polja »streams.0«:');

    const action = await bothWays(post(SYNC_ROUTES.recordAction, { action: 'explode', object: 'company' }), {
      status: 400,
      code: 'SYNC_REQUEST_INVALID',
    });
    expect(action.sl.action).toContain('action, recordId');
    expect(action.en.action).toContain('Correct action, recordId');

    const link = await bothWays(
      post(SYNC_ROUTES.linkPartner, { object: 'company', recordId: MISSING, partnerCode: 'P-1' }),
      { status: 404, code: 'LINK_REFUSED' },
    );
    expect(link.sl).toEqual({
      code: 'LINK_REFUSED',
      error: `Zapis (podjetje) ${MISSING} ne obstaja.`,
      action: 'Znova naložite stran; zapis je morda izbrisan.',
    });
    expect(link.en.error).toBe(`There is no company ${MISSING}.`);

    const conflict = await bothWays(post(SYNC_ROUTES.resolveConflict, { issueId: MISSING, keep: 'twenty' }), {
      status: 422,
      code: 'CONFLICT_NOT_OPEN',
    });
    expect(conflict.sl.error).toBe(`Težava ${MISSING} ni odprt spor.`);
    expect(conflict.en).toMatchObject({
      error: `Issue ${MISSING} is not an open conflict.`,
      action: 'Reload the conflict list; it may have been resolved already.',
    });
  });

  it('words an unknown link partner code, inbox job, impact preview and sync run per reader', async () => {
    const [company] = await world.user().companies.upsertMany([{ name: 'Nova stranka' }]);
    const code = await bothWays(
      post(SYNC_ROUTES.linkPartner, { object: 'company', recordId: company!.id, partnerCode: 'NI-TAKE-ŠIFRE' }),
      { status: 404, code: 'LINK_REFUSED' },
    );
    expect(code.sl.error).toBe('V Metakocki ni partnerja s šifro NI-TAKE-ŠIFRE.');
    expect(code.sl.action).toContain('»Šifra«');
    expect(code.en.error).toBe('Metakocka has no partner with code NI-TAKE-ŠIFRE.');

    const job = await bothWays(post(INBOX_ROUTES.read, { what: 'job', jobId: 'no-such-job' }), {
      status: 422,
      code: 'INBOX_REQUEST',
    });
    expect(job.sl.error).toBe('Opravila nabiralnika težav no-such-job ni.');
    expect(job.en.error).toBe('There is no inbox job no-such-job.');
    const malformed = await bothWays(post(INBOX_ROUTES.read, { what: 'job', jobId: '!' }), {
      status: 422,
      code: 'INBOX_REQUEST',
    });
    expect(malformed.sl.action).toContain('napačna polja: »jobId«');

    const preview = await bothWays(
      async (as) =>
        (await world().harness.route(`/s${PREVIEW_ROUTES.status}?previewId=no-such-preview`, {
          method: 'GET',
          as,
        })) as Refusal,
      { status: 404, code: 'PREVIEW_NOT_FOUND' },
    );
    expect(preview.sl.error).toBe('Predogleda učinka no-such-preview ni.');
    expect(preview.en.action).toBe('Start a new preview of the change and save from it.');

    const missingRun = await bothWays(post(CONSOLE_ROUTES.runDetail, { recordId: MISSING }), {
      status: 404,
      code: 'RUN_NOT_FOUND',
    });
    expect(missingRun.sl.error).toBe(`Zagona sinhronizacije ${MISSING} ni mogoče najti.`);
    expect(missingRun.sl.action).toMatch(/^Zagon izberite s seznama zgodovine/);
    const badRun = await bothWays(post(CONSOLE_ROUTES.runDetail, { recordId: 'nope' }), {
      status: 400,
      code: 'CONSOLE_REQUEST_INVALID',
    });
    expect(badRun.sl.action).toContain('Popravite polja »recordId«');
    expect(badRun.en.error).toContain('recordId');
  });
});
