// A sync world for the alert functions: a webhook receiver of our own on loopback (listed in
// METAKOCKA_ALLOWED_ENDPOINTS, D37) that records every message, and helpers that open sync issues and failed runs
// in the stand-in as the engine would write them. A fresh world per test, as useSyncWorld gives.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ALERT_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';
import { gql } from 'test/twenty/stand-in/client';

// Its id starts unlike MANAGER's: the stand-in derives a member's e-mail from the first eight characters.
export const MEMBER = { workspaceMemberId: 'c3d4e5f6-0c4e-4b9a-9d55-1a2b3c4d5e09', flags: [] };

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** What it answers; a test sets it to see a refusal. */
  status: number;
}

/** A webhook receiver on loopback for the file's tests: it records every message and answers `status`. */
export function useReceiver(): Receiver {
  const receiver: Receiver = { url: '', received: [], status: 200 };
  let server: Server;
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        receiver.received.push({ headers: request.headers, body });
        response.writeHead(receiver.status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  return receiver;
}

export function useAlertWorld() {
  const world = useSyncWorld({ partners: 0, products: 0 });
  const receiver = useReceiver();
  // Each test has a world of its own (useSyncWorld); the receiver starts each one empty and answering 200.
  beforeEach(() => {
    world().standIn.appVariables.set('METAKOCKA_ALLOWED_ENDPOINTS', `${world().sandbox.url},${receiver.url}`);
    receiver.received = [];
    receiver.status = 200;
  });

  const route = async (
    path: string,
    body: unknown = {},
    as: { workspaceMemberId: string; flags: string[] } = MANAGER,
  ) => (await world().harness.route(`/s${path}`, { method: 'POST', body, as })) as { status: number; body: any };
  const now = () => new Date(world().harness.now()).toISOString();
  let issueCount = 0;

  const created = async (mutation: string, data: Record<string, unknown>, field: string): Promise<string> => {
    const answer = await gql(world().standIn, mutation, { data });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data![field].id;
  };

  return {
    world,
    receiver,
    route,
    now,
    tasks: (): any[] => world().rows('task'),
    targets: (): any[] => world().rows('taskTarget'),
    /** A webhook address and its signing secret, set up by the manager through the routes. */
    async connectWebhook(): Promise<string> {
      const secret = (await route(ALERT_ROUTES.webhookSecret)).body.secret as string;
      await route(ALERT_ROUTES.save, { webhookUrl: `${receiver.url}/hook`, recipients: [] });
      return secret;
    },
    openIssue(fields: Record<string, unknown> = {}): Promise<string> {
      issueCount += 1;
      return created(
        'mutation($data: MetakockaSyncIssueCreateInput!) { createMetakockaSyncIssue(data: $data) { id } }',
        {
          name: `issue ${issueCount}`,
          issueKey: `test-issue-${issueCount}`,
          kind: 'ERROR',
          severity: 'CRITICAL',
          status: 'OPEN',
          stream: 'PARTNERS',
          errorCode: 'MK_AUTH',
          message: 'Metakocka refused company 5522 or its secret key (opr_code 1) during get_partner_list.',
          suggestedAction: 'Copy the company id and secret key again from Metakocka and save them.',
          attempts: 1,
          firstSeenAt: now(),
          lastSeenAt: now(),
          ...fields,
        },
        'createMetakockaSyncIssue',
      );
    },
    failedRun(stream: string, minutesLater: number): Promise<string> {
      const startedAt = new Date(Date.parse(now()) + minutesLater * 60_000);
      return created(
        'mutation($data: MetakockaSyncRunCreateInput!) { createMetakockaSyncRun(data: $data) { id } }',
        {
          name: `failed run ${minutesLater}`,
          stream,
          direction: 'PULL',
          trigger: 'SCHEDULE',
          status: 'FAILED',
          isDryRun: false,
          startedAt: startedAt.toISOString(),
          finishedAt: new Date(startedAt.getTime() + 1_000).toISOString(),
          errorSummary: `Metakocka did not answer (run ${minutesLater}).`,
        },
        'createMetakockaSyncRun',
      );
    },
    async resolveAll(): Promise<void> {
      for (const issue of world().rows('metakockaSyncIssue')) {
        const answer = await gql(
          world().standIn,
          'mutation($id: UUID!, $data: MetakockaSyncIssueUpdateInput!) { updateMetakockaSyncIssue(id: $id, data: $data) { id } }',
          { id: issue.id, data: { status: 'RESOLVED' } },
        );
        if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      }
    },
  };
}
