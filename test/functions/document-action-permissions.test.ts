// Who may write sales documents to Metakocka (issue 12 item 3, D38), attacked through the built functions as a member
// would: the command menu's route with their own session. Deletes and status changes need "Manage Metakocka"; a push
// and a document made from an opportunity need that or the member's own edit access to the record (Twenty's role and
// row-level rules, asked with the member's token). Every write a person starts leaves an audit entry naming them.
// The Metakocka sandbox's own books show what reached Metakocka.
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { useDocumentsWorld } from 'test/e2e/use-documents-world';
import { englishWordsIn } from 'test/support/english-leftovers';

const PATH = '/s/metakocka/documents/action';
/** A member whose role may not edit sales documents or opportunities, and who lacks "Manage Metakocka". */
const ATTACKER = { workspaceMemberId: 'a77ac001-1111-4111-8111-0000000000a1', flags: [] as string[] };
/** A member whose role may edit sales documents (Twenty's Member role), without "Manage Metakocka". */
const EDITOR = { workspaceMemberId: 'ed170001-1111-4111-8111-0000000000e1', flags: [] as string[] };
/** A member who may edit sales documents, but only those named "Own order" (a row-level rule). */
const ROW_LIMITED = { workspaceMemberId: 'b0770001-1111-4111-8111-0000000000b1', flags: [] as string[] };

const world = useDocumentsWorld({ partners: 4, products: 8, documents: 0 });

beforeAll(() => {
  world.standIn.permissions.restrict(ATTACKER.workspaceMemberId, 'metakockaSalesDocument', {
    canUpdateObjectRecords: false,
  });
  world.standIn.permissions.restrict(ATTACKER.workspaceMemberId, 'opportunity', { canUpdateObjectRecords: false });
  world.standIn.permissions.restrict(ROW_LIMITED.workspaceMemberId, 'metakockaSalesDocument', {
    rowFilter: { name: { eq: 'Own order' } },
  });
});

const metakockaBooks = () =>
  JSON.stringify(
    { documents: world.sandbox.store.documents.list(), deleted: world.sandbox.store.documents.deleted.length },
    (_key, value) => (typeof value === 'bigint' ? String(value) : value),
  );
const auditBy = (member: { workspaceMemberId: string }) =>
  world.rows('metakockaAuditEntry').filter((e) => e.actorWorkspaceMemberId === member.workspaceMemberId);
const act = (body: Record<string, unknown>, as: { workspaceMemberId: string; flags: string[] }) =>
  world.harness.route(PATH, { method: 'POST', body, as });
const saveSettings = (change: Record<string, unknown>) =>
  world.harness.route(`/s${SYNC_ROUTES.settingsSave}`, { method: 'POST', body: change, as: MANAGER });

async function pushedOrder(): Promise<{ documentId: string; metakockaId: string }> {
  const documentId = await world.draftOrder(world.boundCompany().id, world.sellableProductIds(1));
  const reply = await act({ action: 'push', documentId }, MANAGER);
  expect(reply.status).toBe(200);
  return { documentId, metakockaId: (reply.body as { metakockaId: string }).metakockaId };
}

describe('document actions: who may write to Metakocka', () => {
  it('refuses push, create, status change and delete to a member without the permission or edit access; nothing reaches Metakocka', async () => {
    const pushed = await pushedOrder();
    await saveSettings({ documents: { allowOrderDelete: true } }); // so only the permission stands in the way of a delete
    const draft = await world.draftOrder(world.boundCompany().id, world.sellableProductIds(1));
    const opportunityId = await world.createOpportunity('Priložnost napadalca', world.boundCompany().id);
    const documentsInTwenty = world.rows('metakockaSalesDocument').length;
    const before = metakockaBooks();

    const attempts = [
      { action: 'push', documentId: draft },
      {
        action: 'create-from-opportunity',
        opportunityId,
        documentType: 'SALES_ORDER',
        lines: [{ productId: world.sellableProductIds(1)[0], quantity: '1' }],
      },
      { action: 'change-status', documentId: pushed.documentId, statusCode: 'Odpremljen' },
      { action: 'delete', documentId: pushed.documentId },
    ];
    for (const body of attempts) {
      const reply = await act(body, ATTACKER);
      expect({ action: body.action, status: reply.status }).toEqual({ action: body.action, status: 403 });
      expect(reply.body).toEqual({
        error: expect.any(String),
        action: expect.any(String),
        code: 'DOCUMENT_ACTION_DENIED',
      });
    }
    // Edit access to the record is not enough to delete an order or change its status in Metakocka.
    for (const body of attempts.slice(2)) expect((await act(body, EDITOR)).status).toBe(403);

    expect(metakockaBooks()).toBe(before);
    expect(world.rows('metakockaSalesDocument')).toHaveLength(documentsInTwenty);
    expect(world.rows('metakockaSalesDocument').find((d) => d.id === draft)!.metakockaId ?? null).toBeNull();
    expect(auditBy(ATTACKER)).toEqual([]);
  });

  it('tells a member why, in their language: a delete names the permission, a push names the missing edit access', async () => {
    const { documentId } = await pushedOrder();
    world.standIn.kv.set(`language:member:${ATTACKER.workspaceMemberId}`, 'en');
    const deleted = await act({ action: 'delete', documentId }, ATTACKER);
    expect(deleted.body).toMatchObject({
      error: expect.stringContaining('Manage Metakocka'),
      action: expect.stringContaining('Manage Metakocka'),
    });
    const pushed = await act({ action: 'push', documentId }, ATTACKER);
    expect(pushed.body).toMatchObject({
      error: 'You may not push this sales document: your role may not edit records of this kind.',
    });

    world.standIn.kv.set(`language:member:${ATTACKER.workspaceMemberId}`, 'sl');
    const deletedSl = (await act({ action: 'delete', documentId }, ATTACKER)).body as { error: string; action: string };
    const pushedSl = (await act({ action: 'push', documentId }, ATTACKER)).body as { error: string; action: string };
    expect(deletedSl.error).toBe('Samo osebe z dovoljenjem »Manage Metakocka« lahko brišejo naročila v Metakocki.');
    expect(pushedSl.error).toBe(
      'Nimate pravice, da bi poslali ta zapis v Metakocko (prodajni dokument): vaša vloga ne sme urejati zapisov te vrste.',
    );
    for (const reply of [deletedSl, pushedSl]) expect(englishWordsIn(`${reply.error} ${reply.action}`)).toEqual([]);
  });

  it("refuses a push of a document outside the member's row-level rule", async () => {
    const documentId = await world.draftOrder(world.boundCompany().id, world.sellableProductIds(1)); // named "Naročilo iz Twenty"
    const before = metakockaBooks();
    const reply = await act({ action: 'push', documentId }, ROW_LIMITED);
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ error: expect.stringContaining('not one you may see') });
    expect(metakockaBooks()).toBe(before);
  });

  it('lets a member with edit access push the document, and records that they did', async () => {
    const documentId = await world.draftOrder(world.boundCompany().id, world.sellableProductIds(2));
    const reply = await act({ action: 'push', documentId }, EDITOR);
    expect(reply.status).toBe(200);
    const { metakockaId, countCode } = reply.body as { metakockaId: string; countCode: string };
    expect(world.sandbox.store.documents.get(metakockaId)).toBeDefined();
    expect(auditBy(EDITOR)).toEqual([
      expect.objectContaining({
        action: 'sales-document.pushed',
        target: `salesDocument:${documentId}`,
        before: 'not in Metakocka',
        after: expect.stringContaining(`${countCode} in Metakocka (mk_id ${metakockaId})`),
      }),
    ]);
  });

  it('lets a manager create, push, change the status of and delete an order, each audited with before and after', async () => {
    await saveSettings({ documents: { allowOrderDelete: true } });
    const opportunityId = await world.createOpportunity('Priložnost vodje', world.boundCompany().id);
    const created = await act(
      {
        action: 'create-from-opportunity',
        opportunityId,
        documentType: 'SALES_ORDER',
        lines: [{ productId: world.sellableProductIds(1)[0], quantity: '3' }],
      },
      MANAGER,
    );
    expect(created.status).toBe(200);
    const { documentId, metakockaId } = created.body as { documentId: string; metakockaId: string };
    expect((await act({ action: 'push', documentId }, MANAGER)).status).toBe(200);
    expect((await act({ action: 'change-status', documentId, statusCode: 'Odpremljen' }, MANAGER)).status).toBe(200);
    expect(world.sandbox.store.documents.get(metakockaId)!.statusKey).toBe('shipped');
    expect((await act({ action: 'delete', documentId }, MANAGER)).status).toBe(200);
    expect(world.sandbox.store.documents.get(metakockaId)).toBeUndefined();

    const entries = auditBy(MANAGER).filter((e) => e.target === `salesDocument:${documentId}`);
    expect(entries.map((e) => e.action)).toEqual([
      'sales-document.created-from-opportunity',
      'sales-document.pushed',
      'sales-document.status-changed',
      'sales-document.deleted',
    ]);
    expect(entries[0]).toMatchObject({
      before: `opportunity ${opportunityId}, no document yet`,
      after: expect.stringContaining(`mk_id ${metakockaId}`),
    });
    expect(entries[2]).toMatchObject({
      before: expect.not.stringContaining('Odpremljen'),
      after: expect.stringContaining('status "Odpremljen"'),
    });
    expect(entries[3]).toMatchObject({
      before: expect.stringContaining('status "Odpremljen"'),
      after: expect.stringContaining('deleted in Metakocka'),
    });
  });

  it('stops workflow steps writing to Metakocka when a manager turns that off, and says which setting', async () => {
    const documentId = await world.draftOrder(world.boundCompany().id, world.sellableProductIds(1));
    await saveSettings({ workflows: { allowMetakockaWrites: false } });
    const before = metakockaBooks();
    try {
      await expect(world.harness.workflowAction('push-sales-document', { documentId })).rejects.toThrow(
        /workflows\.allowMetakockaWrites/,
      );
      expect(metakockaBooks()).toBe(before);
    } finally {
      await saveSettings({ workflows: { allowMetakockaWrites: true } });
    }
    const pushed = (await world.harness.workflowAction('push-sales-document', { documentId })) as {
      metakockaId: string;
    };
    expect(world.sandbox.store.documents.get(pushed.metakockaId)).toBeDefined();
    expect(world.rows('metakockaAuditEntry').at(-1)).toMatchObject({
      action: 'sales-document.pushed',
      target: `salesDocument:${documentId}`,
      detail: expect.stringContaining('workflow'),
    });
  });
});
