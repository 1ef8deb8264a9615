/** Runs the whole contract table through one transport (quirks-http.test.ts and quirks-msw.test.ts share it). */
import { documentCases } from './cases/documents.cases';
import { fidelityCases } from './cases/fidelity.cases';
import type { ContractCase } from './cases/helpers';
import { lifecycleCases } from './cases/lifecycle.cases';
import { partnerCases } from './cases/partners.cases';
import { productCases } from './cases/products.cases';
import { seedCases } from './cases/seed.cases';
import { transportCases } from './cases/transport.cases';
import type { TransportFactory } from './transports';

/** Every quirk of API.md §6 and every line of §9 (case names cite the section). */
export const CASES: ContractCase[] = [
  ...transportCases,
  ...partnerCases,
  ...productCases,
  ...documentCases,
  ...lifecycleCases,
  ...fidelityCases,
  ...seedCases,
];

export function runContractCases(transport: TransportFactory): void {
  describe(`Metakocka sandbox over ${transport.name}`, () => {
    it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_n, contractCase) => {
      const t = await transport.open({ seed: 5, ...contractCase.opts });
      try {
        await contractCase.run(t);
      } finally {
        await t.close();
      }
    });
  });
}
