// The KPI targets document the server stores (D87): what the form sends is checked again here, so a value typed past
// the form (a negative amount, an unknown currency, a rate above 100 %) is refused naming the target.
import { parseKpiTargets } from 'server/reports/kpis';

const refusal = (input: unknown): string => {
  try {
    parseKpiTargets(input);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('The targets were accepted.');
};

describe('KPI targets as the server checks them', () => {
  it('keeps money as typed decimals per known currency', () => {
    expect(
      parseKpiTargets({ monthly: { revenue: { EUR: '1234.56' }, offerConversionRate: 35.5 }, months: {} }).monthly,
    ).toMatchObject({ revenue: { EUR: '1234.56' }, offerConversionRate: 35.5, newCustomers: null });
  });

  it.each([
    [{ monthly: { revenue: { XYZ: '10.00' } } }, 'monthly.revenue.XYZ: Invalid key'],
    [{ monthly: { overdueCeiling: { EUR: '-5.00' } } }, 'monthly.overdueCeiling.EUR: an amount such as 12500.00'],
    [{ monthly: { offerConversionRate: 101 } }, 'monthly.offerConversionRate'],
    [{ months: { '2026-12': { newCustomers: 2.5 } } }, 'months.2026-12.newCustomers'],
  ])('refuses %j naming the target', (input, named) => {
    const message = refusal(input);
    expect(message).toMatch(/^The KPI targets are not valid: /);
    expect(message).toContain(named);
  });
});
