// A report asked for with a parameter it cannot use is refused before anything is read, and the refusal names the
// parameter (issue 19 step 3: a period ending before it starts, an unknown currency, …).
import { ReportParameterError } from 'server/reports/parameters';
import { runReport } from 'server/reports/engine';
import { UnknownTemplateError } from 'server/reports/templates';
import type { CrmGateway } from 'server/crm/gateway';

const calls: string[] = [];
const gateway: CrmGateway = {
  async request(query: string) {
    calls.push(query);
    throw new Error('no call may reach Twenty for an invalid report');
  },
} as unknown as CrmGateway;
const run = (template: string, parameters: unknown) =>
  runReport(template, parameters, { gateway, now: () => new Date() });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReportParameterError);
  return error as ReportParameterError;
}

/** How an English refusal names each parameter (the catalogue's terms for REPORT_PARAMETER_INVALID). */
const PARAMETER_WORDS: Record<string, string> = {
  period: 'period',
  currency: 'currency',
  customer: 'customer',
  productCategory: 'product category',
  documentTypes: 'document types',
  lowStockOnly: 'only below minimum',
  parameters: 'parameters',
};

describe('report parameters', () => {
  it.each([
    [
      'sales-by-month',
      { period: { from: '2026-06', to: '2026-01' } },
      'period',
      'ends (2026-01) before it starts (2026-06)',
    ],
    ['sales-by-month', { period: { from: '2026-13', to: '2026-12' } }, 'period', 'YYYY-MM'],
    ['sales-by-month', {}, 'period', 'required'],
    ['sales-by-month', { period: { from: '2026-01', to: '2026-02' }, currency: 'XYZ' }, 'currency', 'ISO 4217'],
    ['sales-by-month', { period: { from: '2026-01', to: '2026-02' }, currency: 'eur' }, 'currency', 'ISO 4217'],
    [
      'sales-by-month',
      { period: { from: '2026-01', to: '2026-02' }, documentTypes: ['SALES_OFFER'] },
      'documentTypes',
      'cannot be used here',
    ],
    ['sales-by-month', { period: { from: '2026-01', to: '2026-02' }, customer: 'Novak' }, 'customer', 'pick a company'],
    ['stock', { lowStockOnly: 'yes' }, 'lowStockOnly', 'true or false'],
    ['stock', { period: { from: '2026-01', to: '2026-02' } }, 'period', 'does not take it'],
  ])('%s refuses %j naming %s', async (template, parameters, name, problem) => {
    const error = await refusal(run(template, parameters));
    expect(error.parameter).toBe(name);
    expect(error.message).toContain(`"${PARAMETER_WORDS[name]}"`);
    expect(error.message).toContain(problem);
    expect(error.code).toBe('REPORT_PARAMETER_INVALID');
    expect(calls).toEqual([]);
  });

  it('words the refusal in Slovenian, naming the parameter as the report page does', async () => {
    const error = await refusal(run('sales-by-month', { period: { from: '2026-06', to: '2026-01' } }));
    expect(error.describe('sl').message).toBe(
      'Parameter poročila »obdobje« ni veljaven: konča se (2026-01), preden se začne (2026-06).',
    );
    const currency = await refusal(
      run('sales-by-month', { period: { from: '2026-01', to: '2026-02' }, currency: 'XYZ' }),
    );
    expect(currency.describe('sl').message).toBe(
      'Parameter poročila »valuta« ni veljaven: »XYZ« ni koda valute po ISO 4217, kot je EUR.',
    );
  });

  it('refuses a template it does not have', async () => {
    await expect(run('profit-by-moon-phase', {})).rejects.toBeInstanceOf(UnknownTemplateError);
  });
});
