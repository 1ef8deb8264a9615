// Fault tests: with 5 % transient faults and lost write answers injected on both sides (Twenty, Metakocka's partner and
// product calls, and the documents wire), the sync, sales documents included, converges to the same state as without
// faults (issue #5 and issue #6 "Done when"); what fails for good is an open sync issue, and only that.
import { cronTick } from 'server/sync/planner';
import { integrity } from '../support/crash-scenario';
import { runFaultScenario } from '../support/fault-scenario';

const SIZE = { partners: 12, products: 1100, twentyCompanies: 3, documents: 30, twentyDocuments: 3 };
const openIssues = (world: Awaited<ReturnType<typeof runFaultScenario>>) =>
  [...world.rt.crm.tables.metakockaSyncIssues.rows.values()].filter((i) => i.status === 'OPEN');

describe('transient faults on both sides', () => {
  it.each([1, 2, 3, 4, 5, 6])(
    'converges exactly with 5%% faults (seed %i)',
    async (seed) => {
      const world = await runFaultScenario(SIZE, 0.05, seed);
      expect(integrity(world)).toEqual({ duplicates: [], missing: [], mismatches: [] });
      // every transient failure was retried away: no open ERROR issue remains
      expect(openIssues(world).filter((i) => i.kind === 'ERROR')).toEqual([]);
    },
    120_000,
  );
});

describe('permanent failures under faults', () => {
  it('leaves each permanently failing record as an open issue while the rest converges', async () => {
    let badDocument = '';
    const world = await runFaultScenario({ ...SIZE, products: 50 }, 0.05, 7, ({ rt }) => {
      // Metakocka answers a paid amount below the cent: the sync refuses to round money (issue #6), so this invoice fails for good.
      const invoice = rt.mk.store.documents.byType('sales_bill_domestic').find((d) => d.payments.length > 0)!;
      invoice.payments[0]!.amount += 500_000n; // + 0.005
      badDocument = invoice.mkId;
    });
    const bad = world.rt.mk.products.at(30)!;
    world.rt.mk.products.update(bad.mkId, (p) => void (p.name = ' '));
    world.rt.clock.now = new Date(world.rt.clock.now.getTime() + 2 * 60 * 60_000);
    await cronTick(world.rt).catch(() => undefined);
    for (let i = 0; i < 10 && world.rt.queue.length > 0; i += 1) await world.rt.drain();
    expect(
      openIssues(world)
        .map((i) => ({ errorCode: i.errorCode, metakockaId: i.metakockaId, hasAction: Boolean(i.suggestedAction) }))
        .sort((a, b) => a.metakockaId.localeCompare(b.metakockaId)),
    ).toEqual(
      [
        { errorCode: 'MAPPING', metakockaId: bad.mkId, hasAction: true },
        { errorCode: 'MAPPING', metakockaId: badDocument, hasAction: true },
      ].sort((a, b) => a.metakockaId.localeCompare(b.metakockaId)),
    );
    // Everything else converged: the only differences are the refused invoice (and what points at it) and the renamed product.
    const { duplicates, missing, mismatches } = integrity(world);
    expect(duplicates).toEqual([]);
    expect(missing.filter((m) => !m.includes(badDocument))).toEqual([]);
    expect(mismatches.filter((m) => !m.includes(bad.mkId) && !m.includes(badDocument))).toEqual([]);
  }, 120_000);
});
