// Issue 12 item 2, reproduced against the built functions as a Metakocka manager would attack: point the connection
// test or the saved endpoint at a host of their own with the key field left empty, and collect the stored keys.
// The "attacker host" records every request body and passes it on to the sandbox, so it answers like Metakocka.
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { allowPersonal, storePersonal } from 'test/credentials/personal-helpers';
import { COMPANY_ID, CREDENTIAL_ROUTES, MANAGER, MEMBER, SANDBOX_KEY } from 'test/credentials/route-world';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();

interface RecordingHost {
  url: string;
  bodies: string[];
  close(): Promise<void>;
}

async function recordingHost(forwardTo: string): Promise<RecordingHost> {
  const bodies: string[] = [];
  const target = new URL(forwardTo);
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      bodies.push(body.toString('utf8'));
      const forwarded = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          path: incoming.url,
          method: incoming.method,
          headers: incoming.headers,
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forwarded.end(body);
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, bodies, close: () => new Promise<void>((done) => server.close(() => done())) };
}

let host: RecordingHost;
beforeEach(async () => {
  host = await recordingHost(world().sandbox.url);
});
afterEach(() => host.close());

/** What a Twenty administrator does in the variable editor (Applications permission): list another host. */
const allowHost = () =>
  world().standIn.appVariables.set('METAKOCKA_ALLOWED_ENDPOINTS', `${world().sandbox.url},${host.url}`);

describe('a stored Metakocka key is only sent to the endpoint it was saved with', () => {
  it("refuses a manager's connection test of another host with the key left empty, and that host receives nothing", async () => {
    await allowPersonal(world(), 'OPTIONAL');
    await storePersonal(world(), MEMBER);
    const attack = { endpoint: 'custom', customUrl: host.url, companyId: COMPANY_ID, secretKey: '' };

    const unlisted = await world().post(CREDENTIAL_ROUTES.connectionTest, attack, MANAGER);
    expect(unlisted.status).toBe(422);
    expect(unlisted.body).toMatchObject({
      code: 'ENDPOINT_NOT_ALLOWED',
      action: expect.stringContaining('METAKOCKA_ALLOWED_ENDPOINTS'),
    });

    // Even a host an administrator listed never gets the stored key: it must be typed for it.
    allowHost();
    const listed = await world().post(CREDENTIAL_ROUTES.connectionTest, attack, MANAGER);
    expect(listed.status).toBe(422);
    expect(listed.body).toMatchObject({
      code: 'ENDPOINT_CHANGED',
      error: expect.stringContaining(`saved for ${world().sandbox.url}`),
    });

    expect(host.bodies).toEqual([]);
  });

  it('refuses to save another endpoint with the key left empty, so members’ personal keys are not re-pointed either', async () => {
    await allowPersonal(world(), 'REQUIRED');
    await storePersonal(world(), MEMBER);
    allowHost();
    const audited = () =>
      world()
        .rows('metakockaAuditEntry')
        .filter((entry) => entry.action === 'organisation-credentials.saved');
    const savesBefore = audited().length;

    const attack = await world().post(
      CREDENTIAL_ROUTES.organisationSave,
      { endpoint: 'custom', customUrl: host.url, companyId: COMPANY_ID, secretKey: '' },
      MANAGER,
    );

    expect(attack.status).toBe(422);
    expect(attack.body).toMatchObject({
      code: 'ENDPOINT_CHANGED',
      action: expect.stringMatching(/enters the secret key again/),
    });
    expect(world().variables().METAKOCKA_API_URL).toBe(world().sandbox.url);
    expect(host.bodies).toEqual([]);
    expect(audited()).toHaveLength(savesBefore);
    const status = await world().post(CREDENTIAL_ROUTES.mineStatus, {}, MEMBER);
    expect(status.body.credential).toMatchObject({ savedForEndpoint: world().sandbox.url, endpointChanged: false });
  });

  it('moves to another endpoint only with the key typed again, audits who did it, and asks each member to enter theirs again', async () => {
    await allowPersonal(world(), 'REQUIRED');
    await storePersonal(world(), MEMBER);
    allowHost();

    const moved = await world().post(
      CREDENTIAL_ROUTES.organisationSave,
      { endpoint: 'custom', customUrl: host.url, companyId: COMPANY_ID, secretKey: SANDBOX_KEY },
      MANAGER,
    );

    expect(moved.status).toBe(200);
    expect(world().rows('metakockaAuditEntry').at(-1)).toMatchObject({
      action: 'organisation-credentials.saved',
      actorWorkspaceMemberId: MANAGER.workspaceMemberId,
      before: world().sandbox.url,
      after: host.url,
    });
    const status = await world().post(CREDENTIAL_ROUTES.mineStatus, {}, MEMBER);
    expect(status.body.credential).toMatchObject({ savedForEndpoint: world().sandbox.url, endpointChanged: true });
    const list = await world().post(CREDENTIAL_ROUTES.membersList, {}, MANAGER);
    expect(list.body.credentials).toEqual([
      expect.objectContaining({ ownerWorkspaceMemberId: MEMBER.workspaceMemberId, endpointChanged: true }),
    ]);
    expect(JSON.stringify(world().rows('metakockaAuditEntry'))).not.toContain(SANDBOX_KEY);
  });

  it('does not send the stored key after the API URL was changed in the variable editor; the health check says what to do', async () => {
    await world().connect();
    allowHost();
    world().standIn.appVariables.set('METAKOCKA_API_URL', host.url); // an edit in Twenty's variable editor

    const health = await world().post(CREDENTIAL_ROUTES.health, {}, MANAGER);
    const test = await world().post(CREDENTIAL_ROUTES.connectionTest, {}, MANAGER);

    expect(health.body).toMatchObject({
      state: 'CREDENTIALS_REFUSED',
      detail: expect.stringContaining(`saved for ${world().sandbox.url}`),
    });
    expect(test.body).toMatchObject({ code: 'ENDPOINT_CHANGED' });
    expect(host.bodies).toEqual([]);
    const noticed = world()
      .rows('metakockaAuditEntry')
      .filter((entry) => entry.action === 'organisation-credentials.changed-outside-app');
    expect(noticed).toEqual([
      expect.objectContaining({ actorWorkspaceMemberId: null, before: world().sandbox.url, after: host.url }),
    ]);
  });

  it('refuses a custom endpoint nobody listed, even with a typed key', async () => {
    const reply = await world().post(
      CREDENTIAL_ROUTES.connectionTest,
      { endpoint: 'custom', customUrl: host.url, companyId: COMPANY_ID, secretKey: SANDBOX_KEY },
      MANAGER,
    );
    expect(reply.body).toMatchObject({ code: 'ENDPOINT_NOT_ALLOWED' });
    expect(host.bodies).toEqual([]);
  });
});
