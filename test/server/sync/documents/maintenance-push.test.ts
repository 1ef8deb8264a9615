// Maintenance holds every push (D61, admin guide "Pause everything for maintenance"): a document action a user runs
// meanwhile sends nothing to Metakocka, whoever the customer is, and says so; it goes through once maintenance ends.
import { DEFAULT_SETTINGS } from 'server/settings/schema';
import { actionDepsOf } from 'server/sync/documents/actions/deps';
import { runDocumentAction, type DocumentAction } from 'server/sync/documents/actions/actions';
import { saveControl, NO_CONTROL } from 'server/sync/control';
import { bindPartners, bindProducts, draftInTwenty, startDocumentsEnv, type DocumentsEnv } from './support';

describe('document actions during maintenance', () => {
  let env: DocumentsEnv;
  let productMkId: string;
  beforeAll(async () => {
    env = await startDocumentsEnv({ documents: 5 });
    await bindPartners(env);
    await bindProducts(env);
    productMkId = env.sandbox.store.products.list().find((p) => p.sales && p.activated && p.tax)!.mkId;
  });
  afterAll(() => env.close());

  const maintenance = (on: boolean) =>
    saveControl(env.rt.kv, {
      ...NO_CONTROL,
      maintenance: on ? { at: env.rt.now().toISOString(), byWorkspaceMemberId: null } : null,
    });
  const run = (action: DocumentAction) => runDocumentAction(actionDepsOf(env.rt, DEFAULT_SETTINGS), action);
  async function offerFor(customer: { companyId: string } | { personId: string }) {
    const id = await draftInTwenty(env, {
      type: 'SALES_OFFER',
      companyId: 'companyId' in customer ? customer.companyId : '',
      lines: [{ productMkId, quantity: 1 }],
    });
    if ('personId' in customer)
      await env.repos.documents.upsertMany([{ id, companyId: null, personId: customer.personId }]);
    return id;
  }
  const boundCompany = () => [...env.rt.crm.tables.companies.rows.values()].find((c) => c.metakockaPartnerId)!;
  const boundPerson = () => [...env.rt.crm.tables.people.rows.values()].find((p) => p.metakockaPartnerId)!;

  it.each([
    ['a company', () => ({ companyId: boundCompany().id })],
    ['a private person', () => ({ personId: boundPerson().id })],
  ])('sends nothing for an offer to %s and pushes it once maintenance ends', async (_who, customer) => {
    const id = await offerFor(customer());
    const documentsBefore = env.sandbox.store.documents.list().length;
    const callsBefore = env.sandbox.core.calls.total();
    await maintenance(true);

    await expect(run({ action: 'push', documentId: id })).rejects.toMatchObject({ code: 'MAINTENANCE_HOLDS_WRITES' });
    expect(env.sandbox.core.calls.total()).toBe(callsBefore);
    expect(env.sandbox.store.documents.list()).toHaveLength(documentsBefore);
    expect(env.tables.documents.rows.get(id)!.metakockaId ?? null).toBeNull();

    await maintenance(false);
    await expect(run({ action: 'push', documentId: id })).resolves.toMatchObject({ ok: true });
    expect(env.sandbox.store.documents.list()).toHaveLength(documentsBefore + 1);
  });

  it('neither creates a partner for a customer not in Metakocka yet nor queues one beside the held pushes', async () => {
    const [person] = await env.rt.crm.people.upsertMany([
      { name: { firstName: 'Vesna', lastName: 'Zasebna' }, emails: { primaryEmail: 'vesna@zasebno.example' } },
    ]);
    const id = await offerFor({ personId: person!.id });
    const partnersBefore = env.sandbox.store.partners.list().length;
    const queued = env.rt.queue.length;
    await maintenance(true);

    await expect(run({ action: 'push', documentId: id })).rejects.toMatchObject({ code: 'MAINTENANCE_HOLDS_WRITES' });
    await expect(run({ action: 'change-status', documentId: id, statusCode: 'x' })).rejects.toMatchObject({
      code: 'MAINTENANCE_HOLDS_WRITES',
    });
    expect(env.sandbox.store.partners.list()).toHaveLength(partnersBefore);
    expect(env.rt.queue).toHaveLength(queued);
    await maintenance(false);
  });
});
