// The preview's seeded workspace (startUiPreview({ seed: true }), `npm run ui:preview`): the sandbox connected,
// partners and products synced through the app's own routes and jobs, a member's personal key, and the records every
// command can be tried on: a company bound to a Metakocka partner and one that is not, an opportunity for each, and
// a sales order made in Metakocka. Answers, per component name, the selection its command opens with.
import { CREDENTIAL_ROUTES, DOCUMENT_ROUTES, SYNC_ROUTES } from 'plugin/constants/route-paths';
import type { Sandbox } from 'test/sandbox';
import type { Harness } from 'test/twenty/harness';
import type { StandIn } from 'test/twenty/stand-in';

type Caller = { workspaceMemberId: string; flags: string[] };

export const SEEDED = {
  unlinkedCompany: 'c0ffee01-5eed-4c5d-8e9f-0a1b2c3d4e61',
  linkedOpportunity: '0dd5e1a2-5eed-4c5d-8e9f-0a1b2c3d4e62',
  unlinkedOpportunity: '0dd5e1a3-5eed-4c5d-8e9f-0a1b2c3d4e63',
};

export async function seedPreview(input: {
  sandbox: Sandbox;
  standIn: StandIn;
  harness: Harness;
  secretKey: string;
  manager: Caller;
  member: Caller;
}): Promise<Record<string, Record<string, string>>> {
  const { sandbox, standIn, harness, manager, member } = input;
  const call = async (path: string, body: unknown, as: Caller) => {
    const reply = await harness.route(`/s${path}`, { method: 'POST', body, as });
    if (reply.status !== 200)
      throw new Error(`Seeding the preview: ${path} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body as Record<string, unknown>;
  };

  await call(
    CREDENTIAL_ROUTES.organisationSave,
    { endpoint: 'custom', customUrl: sandbox.url, companyId: sandbox.companyId, secretKey: input.secretKey },
    manager,
  );
  await call(CREDENTIAL_ROUTES.policySave, { policy: 'OPTIONAL' }, manager);
  await call(
    CREDENTIAL_ROUTES.mineSave,
    { companyId: sandbox.companyId, secretKey: input.secretKey, label: 'ana@example.si' },
    member,
  );
  await call(SYNC_ROUTES.runSync, {}, manager);
  await harness.drainJobs();

  const linked = boundCompany(sandbox, standIn);
  const product = sellableProduct(sandbox, standIn);
  if (!linked || !product)
    throw new Error('Seeding the preview: the sync brought no bound company or sellable product.');

  // Excluded from the sync, so nothing links it behind the user's back: "Create order" for it must say how to link it.
  standIn.seed('company', [
    {
      id: SEEDED.unlinkedCompany,
      name: 'Kavarna Brez Povezave d.o.o.',
      metakockaSyncExcluded: true,
      metakockaSyncStatus: 'EXCLUDED',
    },
  ]);
  standIn.seed('opportunity', [
    { id: SEEDED.linkedOpportunity, name: 'Oprema za sejno sobo', companyId: linked.id },
    { id: SEEDED.unlinkedOpportunity, name: 'Kava za pisarne', companyId: SEEDED.unlinkedCompany },
  ]);
  const order = await call(
    DOCUMENT_ROUTES.action,
    {
      action: 'create-from-opportunity',
      opportunityId: SEEDED.linkedOpportunity,
      documentType: 'SALES_ORDER',
      lines: [{ productId: product.id, quantity: '2' }],
    },
    manager,
  );
  const documentId = String(order.documentId);
  // A new order has no status yet; give it the company's first one, learnt from Metakocka's refusal of a name it lacks.
  const refused = await harness.route(`/s${DOCUMENT_ROUTES.action}`, {
    method: 'POST',
    body: { action: 'change-status', documentId, statusCode: 'no such status' },
    as: manager,
  });
  const [first] = (refused.body as { choices?: string[] }).choices ?? [];
  if (first) await call(DOCUMENT_ROUTES.action, { action: 'change-status', documentId, statusCode: first }, manager);

  const record = (object: string, id: string) => ({ object, records: id });
  return {
    'run-metakocka-sync-command': {},
    'resync-record-command': record('company', String(linked.id)),
    'unlink-record-command': record('company', String(linked.id)),
    'exclude-record-command': record('company', String(linked.id)),
    'include-record-command': record('company', String(linked.id)),
    'link-partner-command': record('company', SEEDED.unlinkedCompany),
    'create-metakocka-offer-command': record('opportunity', SEEDED.linkedOpportunity),
    'create-metakocka-order-command': record('opportunity', SEEDED.unlinkedOpportunity),
    'push-sales-document-command': record('metakockaSalesDocument', documentId),
    'get-sales-document-pdf-command': record('metakockaSalesDocument', documentId),
    'change-sales-document-status-command': record('metakockaSalesDocument', documentId),
  };
}

/** A company the sync bound to a Metakocka business partner. */
export function boundCompany(sandbox: Sandbox, standIn: StandIn): Record<string, unknown> | undefined {
  const businessPartners = new Set(
    sandbox.store.partners
      .list()
      .filter((p) => p.businessEntity)
      .map((p) => p.mkId),
  );
  return standIn.store.rows('company').find((c) => businessPartners.has(c.metakockaPartnerId as string));
}

/** A synced product Metakocka sells (active, taxed) and that has a net price. */
export function sellableProduct(sandbox: Sandbox, standIn: StandIn): Record<string, unknown> | undefined {
  const sellable = new Set(
    sandbox.store.products
      .list()
      .filter((p) => p.sales && p.activated && p.tax)
      .map((p) => p.mkId),
  );
  return standIn.store
    .rows('metakockaProduct')
    .find(
      (p) =>
        sellable.has(p.metakockaId as string) && (p.netPrice as { amountMicros: number | null } | null)?.amountMicros,
    );
}
