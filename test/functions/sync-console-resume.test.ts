// sync-console-resume (route /metakocka/console/resume): resuming a stream that is not paused changes nothing, and
// only a manager may resume (the pause-then-resume sync is in sync-console-pause.test.ts).
import { consoleOf, MEMBER } from 'test/e2e/console-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 2, products: 3 });
const console_ = consoleOf(world);
// route '/metakocka/console/resume'

describe('sync-console-resume', () => {
  it('answers not-paused for a stream nobody paused, writes no audit entry, and refuses a member without the flag', async () => {
    const reply = await console_.call('resume', { stream: 'partners' });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ stream: 'partners', outcome: 'not-paused', paused: false, run: null });
    expect(world().rows('metakockaAuditEntry')).toEqual([]);
    expect((await console_.call('resume', { stream: 'partners' }, MEMBER)).status).toBe(403);
    const bad = await console_.call('resume', { stream: 'invoices' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'CONSOLE_REQUEST_INVALID' });
  });
});
