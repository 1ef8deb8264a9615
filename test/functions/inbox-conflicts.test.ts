// inbox-conflicts (route /metakocka/inbox/conflicts, issue 17 item 2): a manager settles conflicts from the inbox per
// field (keep Twenty, keep Metakocka, or a merged value), in bulk for one field, and restores a value that lost;
// both systems change as chosen, checked on both stores. Sales documents are kept whole. Members may look, not act.
import { INBOX_ROUTES } from 'plugin/constants/route-paths';
import type { ConflictAnswer, InboxConflictsAnswer } from 'server/routes/contracts';
import { dec } from 'test/sandbox';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 5, products: 10, documents: 12 });
const CONFLICTS = `/s${INBOX_ROUTES.conflicts}`; // '/metakocka/inbox/conflicts'
const READ = `/s${INBOX_ROUTES.read}`;
const MEMBER = { workspaceMemberId: 'c0ffee01-1111-4111-8111-0000000000c1', flags: [] as string[] };

const conflictsRoute = (body: object, as = MANAGER) =>
  world().harness.route(CONFLICTS, { method: 'POST', body, as }) as Promise<{
    status: number;
    body: InboxConflictsAnswer & { error?: string };
  }>;
const openConflicts = () =>
  world()
    .rows('metakockaSyncIssue')
    .filter((i) => i.kind === 'CONFLICT' && i.status === 'OPEN');
const partnerOf = (company: Record<string, any>) => world().sandbox.store.partners.get(company.metakockaPartnerId)!;
const company = (id: string) =>
  world()
    .rows('company')
    .find((c) => c.id === id)!;

/** Every bound company renamed in Twenty (the event lost) and in Metakocka, then a sync raises one conflict each. */
async function renamedOnBothSides() {
  await world().sync({ streams: ['partners'] });
  const companies = world()
    .rows('company')
    .filter((c) => c.metakockaPartnerId);
  for (const [index, c] of companies.entries()) {
    await world.user().companies.upsertMany([{ id: c.id, name: `Twenty ${index}` }]);
    partnerOf(c).customer = `Metakocka ${index}`;
  }
  await world().sync({ streams: ['partners'] });
  const byCompany = new Map(openConflicts().map((i) => [i.recordId, i]));
  return companies.map((c) => ({ company: c, issue: byCompany.get(c.id)! }));
}

describe('inbox-conflicts', () => {
  it('settles partner conflicts per field and in bulk, writes both systems, and restores a value that lost', async () => {
    const pairs = await renamedOnBothSides();
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    expect(pairs.every((p) => p.issue?.conflictField === 'name')).toBe(true);
    const [a, b, c, ...rest] = pairs as [(typeof pairs)[0], (typeof pairs)[0], (typeof pairs)[0], ...typeof pairs];

    // The conflict view: both values, when each changed, who last edited the record in Twenty.
    const view = await world().harness.route(READ, {
      method: 'POST',
      body: { what: 'conflict', issueId: a.issue.id },
      as: MEMBER,
    });
    expect(view.status).toBe(200);
    const answer = view.body as ConflictAnswer;
    expect(answer.fields).toEqual([
      expect.objectContaining({
        field: 'name',
        twenty: { value: 'Twenty 0', changedAt: expect.any(String) },
        metakocka: { value: 'Metakocka 0', changedAt: expect.any(String) },
        mergeable: true,
      }),
    ]);
    expect(answer.lastEditedAt).toEqual(expect.any(String));

    // A member may look but not choose.
    const refused = await conflictsRoute({ op: 'choose', choices: [{ issueId: a.issue.id, keep: 'twenty' }] }, MEMBER);
    expect(refused.status).toBe(403);

    const chosen = await conflictsRoute({
      op: 'choose',
      choices: [
        { issueId: a.issue.id, keep: 'twenty' },
        { issueId: b.issue.id, keep: 'metakocka' },
        { issueId: c.issue.id, keep: 'merged', value: 'Združeno ime d.o.o.' },
      ],
    });
    expect(chosen.status).toBe(200);
    expect([company(a.company.id).name, partnerOf(a.company).customer]).toEqual(['Twenty 0', 'Twenty 0']);
    expect([company(b.company.id).name, partnerOf(b.company).customer]).toEqual(['Metakocka 1', 'Metakocka 1']);
    expect([company(c.company.id).name, partnerOf(c.company).customer]).toEqual([
      'Združeno ime d.o.o.',
      'Združeno ime d.o.o.',
    ]);
    const settledA = world()
      .rows('metakockaSyncIssue')
      .find((i) => i.id === a.issue.id)!;
    expect(settledA).toMatchObject({
      status: 'RESOLVED',
      resolution: expect.objectContaining({
        keep: 'twenty',
        kept: 'Twenty 0',
        lost: [{ side: 'metakocka', value: 'Metakocka 0' }],
        by: MANAGER.workspaceMemberId,
      }),
    });

    // Bulk: keep Metakocka for every remaining conflict on "name".
    const bulk = await conflictsRoute({ op: 'bulk', field: 'name', keep: 'metakocka' });
    expect(bulk.body).toMatchObject({ op: 'bulk', mode: 'done', done: rest.length, notDone: {} });
    for (const [index, p] of rest.entries()) {
      expect(company(p.company.id).name).toBe(`Metakocka ${index + 3}`);
      expect(partnerOf(p.company).customer).toBe(`Metakocka ${index + 3}`);
    }
    expect(openConflicts()).toHaveLength(0);

    // The manager restores the Metakocka value that lost on A: both sides hold it again.
    const restored = await conflictsRoute({ op: 'restore', issueId: a.issue.id });
    expect(restored.body).toEqual({ op: 'restore', restored: a.issue.id });
    expect([company(a.company.id).name, partnerOf(a.company).customer]).toEqual(['Metakocka 0', 'Metakocka 0']);

    // Every choice is in the audit trail with its actor; the next sync finds nothing to disagree about.
    const audit = world()
      .rows('metakockaAuditEntry')
      .filter((e) => String(e.action).startsWith('conflict.'));
    expect(audit.length).toBe(pairs.length + 1);
    expect(new Set(audit.map((e) => e.actorWorkspaceMemberId))).toEqual(new Set([MANAGER.workspaceMemberId]));
    await world().sync({ streams: ['partners'] });
    expect(openConflicts()).toHaveLength(0);
  });

  it('settles a sales document conflict whole: keeping Metakocka writes its version over the Twenty edit', async () => {
    expect((await world().sync({ streams: ['partners', 'products', 'documents'] })).jobs.failed).toBe(0);
    const [offer] = world()
      .sandbox.store.documents.byType('sales_offer')
      .filter((d) => d.lines.length > 0);
    const row = world()
      .rows('metakockaSalesDocument')
      .find((d) => d.metakockaId === offer!.mkId)!;
    await world.user().salesDocuments.documents.upsertMany([{ id: row.id, name: 'Ponudba iz Twenty' }]);
    const doc = world().sandbox.store.documents.get(offer!.mkId)!;
    doc.lines[0]!.amount = dec('5');
    doc.head.title = 'Naslov iz Metakocke';
    world().sandbox.store.touchDocument(offer!.mkId);
    expect((await world().sync({ streams: ['documents'] })).jobs.failed).toBe(0);
    const [conflict] = openConflicts();
    expect(conflict).toMatchObject({ recordObject: 'metakockaSalesDocument', recordId: row.id });

    const view = (
      await world().harness.route(READ, {
        method: 'POST',
        body: { what: 'conflict', issueId: conflict!.id },
        as: MANAGER,
      })
    ).body as ConflictAnswer;
    expect(view.fields.length).toBeGreaterThanOrEqual(2); // the title and the lines, side by side
    expect(view.fields.every((f) => !f.mergeable && f.issueId === conflict!.id)).toBe(true);
    const merged = await conflictsRoute({
      op: 'choose',
      choices: [{ issueId: conflict!.id, keep: 'merged', value: 'x' }],
    });
    expect(merged.status).toBe(422); // a document is kept whole

    const kept = await conflictsRoute({ op: 'choose', choices: [{ issueId: conflict!.id, keep: 'metakocka' }] });
    expect(kept.status).toBe(200);
    const after = world()
      .rows('metakockaSalesDocument')
      .find((d) => d.id === row.id)!;
    expect(after.name).toContain('Naslov iz Metakocke');
    expect(world().sandbox.store.documents.get(offer!.mkId)!.head.title).toBe('Naslov iz Metakocke');
    expect(openConflicts()).toHaveLength(0);
  });
});
