// The sync world (test/e2e/sync-world.ts) with partners and products already pulled, plus the Twenty GraphQL calls a user's
// UI would make to draft opportunities and documents. Shared by test/e2e/documents*.test.ts and test/functions/ tests
// of the document functions.
import type { SandboxOptions } from 'test/sandbox';
import { startSyncWorld, type SyncWorld } from './sync-world';

export interface DocumentsWorld extends SyncWorld {
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  createOpportunity(name: string, companyId: string): Promise<string>;
  /** A Twenty company bound to a Metakocka business partner, and the partner's id. */
  boundCompany(): { id: string; partnerMkId: string };
  sellableProductIds(n: number): string[];
  /** An order drafted in Twenty the way a user would: customer, currency, lines picked from products. */
  draftOrder(companyId: string, productIds: string[]): Promise<string>;
}

export async function startDocumentsWorld(
  outputDir: string,
  sandboxOptions: SandboxOptions = {},
): Promise<DocumentsWorld> {
  const world = await startSyncWorld(outputDir, { documents: 12, ...sandboxOptions });
  const pulled = await world.sync({ streams: ['partners', 'products'] });
  if (pulled.jobs.failed > 0)
    throw new Error(
      `The partner and product pull failed (${pulled.jobs.failed} jobs); the documents world needs both.`,
    );
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`${world.standIn.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${world.standIn.apiKey}` },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (json.errors?.length) throw new Error(`Twenty refused: ${json.errors.map((e) => e.message).join('; ')}`);
    return json.data as T;
  };
  return {
    ...world,
    gql,
    async createOpportunity(name, companyId) {
      const data = await gql<{ createOpportunity: { id: string } }>(
        'mutation($d: OpportunityCreateInput!) { createOpportunity(data: $d) { id } }',
        { d: { name, companyId, amount: { amountMicros: 0, currencyCode: 'EUR' } } },
      );
      return data.createOpportunity.id;
    },
    boundCompany() {
      const businessIds = new Set(
        world.sandbox.store.partners
          .list()
          .filter((p) => p.businessEntity)
          .map((p) => p.mkId),
      );
      const company = world.rows('company').find((c) => businessIds.has(c.metakockaPartnerId))!;
      return { id: company.id, partnerMkId: company.metakockaPartnerId };
    },
    async draftOrder(companyId, productIds) {
      const created = await gql<{ createMetakockaSalesDocument: { id: string } }>(
        'mutation($d: MetakockaSalesDocumentCreateInput!) { createMetakockaSalesDocument(data: $d) { id } }',
        {
          d: {
            name: 'Naročilo iz Twenty',
            documentType: 'SALES_ORDER',
            companyId,
            currency: 'EUR',
            documentDate: '2026-11-25',
          },
        },
      );
      const documentId = created.createMetakockaSalesDocument.id;
      const products = world.rows('metakockaProduct');
      const lines = productIds.map((productId, i) => {
        const product = products.find((p) => p.id === productId)!;
        return {
          salesDocumentId: documentId,
          productId,
          name: product.name,
          code: product.code,
          quantity: i + 1,
          vatCode: product.vatCode,
          discountPercent: 0,
          unitPrice: { amountMicros: 10_000_000, currencyCode: 'EUR' },
          lineNumber: i + 1,
        };
      });
      await gql(
        'mutation($d: [MetakockaSalesDocumentLineCreateInput!]!) { createMetakockaSalesDocumentLines(data: $d) { id } }',
        { d: lines },
      );
      return documentId;
    },
    sellableProductIds(n) {
      const sellable = new Set(
        world.sandbox.store.products
          .list()
          .filter((p) => p.sales && p.activated && p.tax)
          .map((p) => p.mkId),
      );
      return world
        .rows('metakockaProduct')
        .filter((p) => sellable.has(p.metakockaId))
        .slice(0, n)
        .map((p) => p.id);
    },
  };
}
