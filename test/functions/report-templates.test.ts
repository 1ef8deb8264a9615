// report-templates (route /metakocka/reports/templates): any signed-in member gets the templates the report page
// offers, each with its parameters, columns and chart; an API key without a member is refused.
import { REPORT_ROUTES } from 'plugin/constants/route-paths';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 0, products: 0 });
const PATH = `/s${REPORT_ROUTES.templates}`; // '/metakocka/reports/templates'
const MEMBER = { workspaceMemberId: '5b2e4d3b-1d5f-4cab-8e66-2b3c4d5e6f10', flags: [] };

describe('report-templates', () => {
  it('lists the seven templates with what each needs', async () => {
    const reply = await world().harness.route(PATH, { method: 'GET', as: MEMBER });
    expect(reply.status).toBe(200);
    const { templates } = reply.body as { templates: Array<{ id: string; parameters: Array<{ name: string }> }> };
    expect(templates.map((t) => t.id)).toEqual([
      'sales-by-month',
      'sales-by-customer',
      'sales-by-product',
      'conversion',
      'receivables-aging',
      'stock',
      'sync-health',
    ]);
    expect(templates[0]!.parameters.map((p) => p.name)).toEqual(['period', 'currency', 'customer', 'documentTypes']);
  });

  it('refuses a caller who is not a signed-in member', async () => {
    expect((await world().harness.route(PATH, { method: 'GET', as: 'application' })).status).toBe(401);
  });
});
