// sync-console-pause-all and sync-console-resume-all (routes /metakocka/console/maintenance/pause and …/resume):
// maintenance stops every stream and holds pushes; Twenty edits made meanwhile reach Metakocka on resume, none lost.
import { consoleOf, NO_PROBLEMS } from 'test/e2e/console-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 4, products: 5 });
const console_ = consoleOf(world);
// route '/metakocka/console/maintenance/pause'

describe('sync-console-pause-all', () => {
  it('holds company edits and creations made during maintenance and pushes them all on resume', async () => {
    await console_.call('runNow');
    await world().drain();
    const company = world()
      .rows('company')
      .find((c) => c.metakockaPartnerId)!;
    const partnersBefore = world().sandbox.store.partners.list().length;

    const on = await console_.call('pauseAll');
    expect(on.body.maintenance).toMatchObject({ on: true, heldPushes: 0 });
    expect(on.body.streams.map((s: { paused: boolean }) => s.paused)).toEqual([true, true, true]);

    const renamed = await world.write('company', { id: company.id, name: 'Preimenovano podjetje d.o.o.' });
    const created = await world.write('company', { name: 'Novo podjetje med vzdrževanjem d.o.o.' });
    await world().harness.databaseEvents(renamed.eventName, [renamed.event]);
    await world().harness.databaseEvents(created.eventName, [created.event]);
    await console_.jobs(4); // the push jobs run, find maintenance on, and hold their records
    const partner = world().sandbox.store.partners.get(company.metakockaPartnerId)!;
    expect(partner.customer).not.toBe('Preimenovano podjetje d.o.o.');
    expect(world().sandbox.store.partners.list()).toHaveLength(partnersBefore);
    const live = await console_.call('live');
    expect(live.body.maintenance).toMatchObject({ on: true, heldPushes: 2 });
    const ticks = (await world().harness.cron('sync-cron')) as Array<{ action: string }>;
    expect(ticks.map((d) => d.action)).toEqual(['paused', 'paused', 'disabled']);

    const off = await console_.call('resumeAll');
    expect(off.body).toMatchObject({ maintenance: { on: false, heldPushes: 0 }, pushesReleased: 2 });
    await world().drain();

    expect(world().sandbox.store.partners.get(company.metakockaPartnerId)!.customer).toBe(
      'Preimenovano podjetje d.o.o.',
    );
    expect(world().sandbox.store.partners.list()).toHaveLength(partnersBefore + 1);
    expect(
      world()
        .rows('company')
        .find((c) => c.id === created.row.id)!.metakockaPartnerId,
    ).toEqual(expect.any(String));
    expect(console_.problems()).toEqual(NO_PROBLEMS);
    expect(
      world()
        .rows('metakockaAuditEntry')
        .map((e) => e.action)
        .filter((a) => a.startsWith('console.maintenance')),
    ).toEqual(['console.maintenance-on', 'console.maintenance-off']);
  });
});
