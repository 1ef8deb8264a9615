// Command-menu items in a real browser (issue #5 item 7, issue #6 item 5): the built command components in the UI
// preview, given a selection the way Twenty's command menu gives it, their routes run by the built functions on the
// Twenty stand-in with Metakocka played by the sandbox. What is checked is what the user sees (snackbar, form
// outcome) and what changed in Twenty's data.
import type { Page } from 'playwright-core';

import { browserAvailable } from 'test/ui/browser';
import { boundCompany, sellableProduct } from 'test/ui/preview/seed';
import { useBrowserPreview } from 'test/ui/use-browser-preview';

const SANDBOX_KEY = 'sbx-commands-key-5f1c9a3e7b20';
const COMPANY = 'c0ffee00-1a3b-4c5d-8e9f-0a1b2c3d4e51';
const OPPORTUNITY = '0dd5e1a2-1a3b-4c5d-8e9f-0a1b2c3d4e52';
const BOUND_OPPORTUNITY = '9a0d0c70-1a3b-4c5d-8e9f-0a1b2c3d4e53';

const run = browserAvailable() ? describe : describe.skip;

run('command-menu items in the browser', () => {
  const world = useBrowserPreview(SANDBOX_KEY, ({ standIn, sandbox }) => {
    standIn.appVariables.set('METAKOCKA_API_URL', sandbox.url);
    standIn.appVariables.set('METAKOCKA_ALLOWED_ENDPOINTS', sandbox.url);
    standIn.appVariables.set('METAKOCKA_COMPANY_ID', sandbox.companyId);
    standIn.appVariables.set('METAKOCKA_SECRET_KEY', SANDBOX_KEY);
    standIn.seed('company', [{ id: COMPANY, name: 'Kavarna Tromostovje d.o.o.' }]);
    standIn.seed('opportunity', [{ id: OPPORTUNITY, name: 'Kava za pisarne' }]);
  });

  const open = (name: string, as: 'manager' | 'member', selection: { object?: string; records?: string[] } = {}) =>
    world.open(
      name,
      new URLSearchParams({
        as,
        ...(selection.object ? { object: selection.object } : {}),
        ...(selection.records ? { records: selection.records.join(',') } : {}),
      }),
      (page) => page.on('dialog', (dialog) => void dialog.accept()), // openCommandConfirmationModal: the user confirms
    );
  const snackbar = async (page: Page, variant: string) =>
    (await page.waitForSelector(`[data-testid="snackbars"] .snackbar.${variant}`)).textContent();

  it('"Run Metakocka sync": a member sees the route’s refusal; a manager sees which streams started', async () => {
    const member = await open('run-metakocka-sync-command', 'member');
    expect(await snackbar(member, 'error')).toMatch(/Manage Metakocka/);
    expect(world.preview.standIn.store.count('metakockaSyncRun', { withDeleted: true })).toBe(0);

    const manager = await open('run-metakocka-sync-command', 'manager');
    expect(await snackbar(manager, 'success')).toBe('Metakocka sync started: partners, products.');
    // The runs it started really pull Metakocka's partners and products (the next test sells one of them).
    const { failed } = await world.preview.harness.drainJobs();
    expect(failed).toBe(0);
    const partnerIds = new Set(world.preview.sandbox.store.partners.list().map((p) => p.mkId));
    expect(
      world.preview.standIn.store.rows('company').filter((c) => partnerIds.has(c.metakockaPartnerId as string)).length,
    ).toBeGreaterThan(0);
    expect(world.preview.standIn.store.count('metakockaProduct')).toBe(
      world.preview.sandbox.store.products.list().length,
    );
  }, 300_000);

  it('"Exclude from Metakocka sync" on a company: confirmed, the company is excluded and the user is told', async () => {
    const page = await open('exclude-record-command', 'manager', { object: 'company', records: [COMPANY] });
    expect(await snackbar(page, 'success')).toBe('Excluded: the sync no longer reads or writes this record.');
    expect(world.preview.standIn.store.get('company', COMPANY)).toMatchObject({
      metakockaSyncExcluded: true,
      metakockaSyncStatus: 'EXCLUDED',
    });
  });

  it('"Create Metakocka offer": an unknown code is named; then the route’s refusal (no customer) is shown under the form', async () => {
    const page = await open('create-metakocka-offer-command', 'manager', {
      object: 'opportunity',
      records: [OPPORTUNITY],
    });
    await page.fill('[data-testid="line-code-0"]', 'NI-TAKE');
    await page.fill('[data-testid="line-quantity-0"]', '2');
    await page.click('[data-testid="lines-submit"]');
    expect(await (await page.waitForSelector('[data-testid="command-failed"]')).textContent()).toContain(
      'No Metakocka product has the code NI-TAKE.',
    );

    const pulledCode = world.preview.standIn.store.rows('metakockaProduct').find((p) => p.code && p.isActive)!
      .code as string;
    await page.fill('[data-testid="line-code-0"]', pulledCode);
    await page.fill('[data-testid="line-quantity-0"]', '1,5');
    await page.click('[data-testid="lines-submit"]');
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="command-failed"]')?.textContent?.includes('NI-TAKE'),
    );
    const refusal = await page.textContent('[data-testid="command-failed"]');
    expect(refusal).toContain('Opportunity "Kava za pisarne" has no company and no point of contact.');
    expect(refusal).toContain('Set the customer on the opportunity, then run the action again.');
    expect(await snackbar(page, 'error')).toContain(
      'Opportunity "Kava za pisarne" has no company and no point of contact.',
    );
    expect(world.preview.standIn.store.count('metakockaSalesDocument', { withDeleted: true })).toBe(0);
  });

  it('"Create Metakocka offer" for a customer bound to a Metakocka partner: the offer is made in Metakocka with the line entered', async () => {
    const { sandbox, standIn } = world.preview;
    const company = boundCompany(sandbox, standIn)!;
    const product = sellableProduct(sandbox, standIn)!;
    standIn.seed('opportunity', [
      {
        id: BOUND_OPPORTUNITY,
        name: 'Oprema za sejno sobo',
        companyId: company.id,
        amount: { amountMicros: 0, currencyCode: 'EUR' },
      },
    ]);
    const partnersBefore = sandbox.store.partners.list().length;

    const page = await open('create-metakocka-offer-command', 'manager', {
      object: 'opportunity',
      records: [BOUND_OPPORTUNITY],
    });
    await page.fill('[data-testid="line-code-0"]', product.code as string);
    await page.fill('[data-testid="line-quantity-0"]', '1,5');
    await page.fill('[data-testid="line-discount-0"]', '10');
    await page.click('[data-testid="lines-submit"]');
    const message = await (await page.waitForSelector('[data-testid="command-ok"]')).textContent();
    expect(message).toMatch(/^Metakocka offer .+ made from the opportunity\.$/);
    expect(await snackbar(page, 'success')).toBe(message);

    const offers = sandbox.store.documents
      .list()
      .filter((d) => d.docType === 'sales_offer' && d.partner.partnerMkId === company.metakockaPartnerId);
    expect(offers).toHaveLength(1);
    // 1,5 exactly (sandbox amounts are scaled by 1e8); the discount is Metakocka's raw percentage text (API.md §6 item 15)
    expect(offers[0]!.lines.map((l) => ({ product: l.productMkId, amount: l.amount, discount: l.discount }))).toEqual([
      { product: product.metakockaId, amount: 150_000_000n, discount: expect.stringMatching(/^10(\.0*)?$/) },
    ]);
    expect(sandbox.store.partners.list()).toHaveLength(partnersBefore);
    expect(standIn.store.rows('metakockaSalesDocument').filter((d) => d.opportunityId === BOUND_OPPORTUNITY)).toEqual([
      expect.objectContaining({ metakockaId: offers[0]!.mkId, companyId: company.id }),
    ]);
  });

  it('"Push to Metakocka" and "Change status" on that offer: the push answer, then the route’s refusal for an offer', async () => {
    const { sandbox, standIn } = world.preview;
    const offer = standIn.store.rows('metakockaSalesDocument').find((d) => d.opportunityId === BOUND_OPPORTUNITY)!;
    const push = await open('push-sales-document-command', 'manager', {
      object: 'metakockaSalesDocument',
      records: [offer.id],
    });
    expect(await snackbar(push, 'success')).toBe(`Updated ${offer.countCode} in Metakocka.`);
    expect(
      sandbox.store.documents
        .list()
        .filter(
          (d) =>
            d.docType === 'sales_offer' &&
            d.partner.partnerMkId ===
              (standIn.store.get('company', offer.companyId as string)!.metakockaPartnerId as string),
        ),
    ).toHaveLength(1);

    const form = await open('change-sales-document-status-command', 'manager', {
      object: 'metakockaSalesDocument',
      records: [offer.id],
    });
    await form.fill('[data-testid="status-code"]', 'Odpremljen');
    await form.click('[data-testid="status-submit"]');
    const refusal = await (await form.waitForSelector('[data-testid="command-failed"]')).textContent();
    expect(refusal).toContain(
      "Metakocka's API cannot change the status of offers, invoices or credit notes; it can for sales orders only.",
    );
    expect(refusal).toContain('Change it in Metakocka; the sync shows the result here.');
  });
});
