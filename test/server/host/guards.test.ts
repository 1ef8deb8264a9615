// requireUser over the Twenty stand-in (issue 12 item 9): the route event names one user, and Twenty must say the token
// is that user's, as the manager guard checks (APPS.md §5 "Cross-check"). Someone else's token is refused.
import type { RoutePayload } from 'twenty-sdk/logic-function';

import { renderAction, renderError } from 'server/error-catalogue';
import { requireManageMetakocka, requireUser } from 'server/host/guards';
import { createAppRuntime } from 'server/host/runtime';
import { recordingJobsPort, standInKvPort } from 'test/twenty/harness/stand-in-runtime';
import { startStandIn, type StandIn } from 'test/twenty/stand-in';
import { englishWordsIn } from 'test/support/english-leftovers';

const ANA = 'd2000001-2b3c-4d5e-8f90-0a1b2c3d4e5f';
const BOR = 'd2000002-2b3c-4d5e-8f90-0a1b2c3d4e5f';
let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn({ manifest: null });
});
afterAll(() => standIn.close());

const runtimeWith = (token: string) =>
  createAppRuntime({
    ports: { kv: standInKvPort(standIn), jobs: recordingJobsPort() },
    env: { TWENTY_API_URL: standIn.url, TWENTY_APP_ACCESS_TOKEN: token },
    logSink: () => undefined,
  });
const eventFor = (userWorkspaceId: string) => ({ userWorkspaceId }) as unknown as RoutePayload<unknown>;
const userWorkspaceOf = (token: string) => standIn.tokens.context(token)!.userWorkspaceId!;

describe('requireUser', () => {
  it('lets the signed-in user through, named by Twenty', async () => {
    const token = standIn.tokens.user(ANA, []);
    expect(await requireUser(eventFor(userWorkspaceOf(token)), runtimeWith(token))).toEqual({
      allowed: true,
      caller: { userWorkspaceId: userWorkspaceOf(token), workspaceMemberId: ANA, permissionFlags: [] },
    });
  });

  it("refuses a call whose token is another user's", async () => {
    const anas = standIn.tokens.user(ANA, []);
    const bors = standIn.tokens.user(BOR, ['MANAGE_METAKOCKA']);
    expect(await requireUser(eventFor(userWorkspaceOf(anas)), runtimeWith(bors))).toMatchObject({
      allowed: false,
      status: 403,
      error: expect.stringContaining('does not belong'),
    });
  });

  it('refuses a token Twenty does not accept', async () => {
    expect(
      await requireUser(eventFor(userWorkspaceOf(standIn.tokens.user(ANA, []))), runtimeWith('standin-user.forged')),
    ).toMatchObject({ allowed: false, status: 401 });
  });
});

describe('a refusal in the caller’s language', () => {
  it('carries catalogue keys and the identified caller, so hostRoute words it for them', async () => {
    const token = standIn.tokens.user(ANA, []);
    const outcome = await requireManageMetakocka(eventFor(userWorkspaceOf(token)), runtimeWith(token));
    if (outcome.allowed) throw new Error('a member without the permission was let through');
    expect(outcome).toMatchObject({
      status: 403,
      refusal: { reason: 'noPermission', next: 'askPermission' },
      caller: { workspaceMemberId: ANA },
    });
    const params = { ...outcome.refusal };
    expect(outcome.error).toBe(renderError('ROUTE_REFUSED', params));
    const slovenian = `${renderError('ROUTE_REFUSED', params, 'sl')} ${renderAction('ROUTE_REFUSED', params, 'sl')}`;
    expect(slovenian).toContain('Manage Metakocka');
    expect(englishWordsIn(slovenian)).toEqual([]);
  });
});
