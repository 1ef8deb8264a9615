// onboarding-checklist (route /metakocka/onboarding): the getting-started checklist a manager sees, built from the
// install's own data through the built function (connection, saved settings, runs); a member without "Manage Metakocka" is refused.
import { ONBOARDING_ROUTES, SYNC_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER, SANDBOX_KEY } from 'test/e2e/sync-world';
import { MEMBER, useAlertWorld } from 'test/e2e/alerts-world';

const world = useAlertWorld();
const stateOf = (body: { steps: Array<{ id: string; state: string }> }) =>
  Object.fromEntries(body.steps.map((step) => [step.id, step.state]));

describe('onboarding-checklist', () => {
  it('shows a connected install at "choose what to sync", and moves on once the settings are saved', async () => {
    // The world's install is connected to the sandbox already (test/e2e/sync-world.ts), nothing synced yet.
    const connected = await world.route(ONBOARDING_ROUTES.checklist, {}, MANAGER);
    expect(connected.status).toBe(200);
    expect(connected.body).toMatchObject({ current: 'choose', complete: false });
    expect(stateOf(connected.body)).toMatchObject({ connect: 'done', choose: 'todo', firstSync: 'todo' });
    expect(JSON.stringify(connected.body)).not.toContain(SANDBOX_KEY);

    const saved = await world.route(SYNC_ROUTES.settingsSave, { batchSize: 100 });
    expect(saved.status).toBe(200);

    const chosen = await world.route(ONBOARDING_ROUTES.checklist, {}, MANAGER);
    expect(stateOf(chosen.body)).toMatchObject({ connect: 'done', choose: 'done', firstSync: 'todo' });
    expect(chosen.body.current).toBe('firstSync');
  });

  it('refuses a member without "Manage Metakocka"', async () => {
    const reply = await world.route(ONBOARDING_ROUTES.checklist, {}, MEMBER);
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ code: 'ROUTE_REFUSED' });
  });
});
