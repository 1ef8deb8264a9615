// A running world for the credential routes: the Metakocka sandbox, the Twenty stand-in with the built app installed,
// and the harness that runs the built functions. Every route answer is kept, so tests can scan them for secrets.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import { startSandbox, type Sandbox } from 'test/sandbox';
import { createHarness, ensureBuiltOutput, type Harness } from 'test/twenty/harness';
import { startStandIn, type StandIn } from 'test/twenty/stand-in';

export { CREDENTIAL_ROUTES };

/** A manager (the app's MANAGE_METAKOCKA flag), a Twenty admin (APPLICATIONS flag) and a member with neither. */
export const MANAGER = { workspaceMemberId: 'a1000001-0c4e-4b9a-9d55-1a2b3c4d5e01', flags: ['MANAGE_METAKOCKA'] };
export const TWENTY_ADMIN = { workspaceMemberId: 'a2000002-0c4e-4b9a-9d55-1a2b3c4d5e02', flags: ['APPLICATIONS'] };
export const MEMBER = { workspaceMemberId: 'a3000003-0c4e-4b9a-9d55-1a2b3c4d5e03', flags: [] as string[] };
export const OTHER_MEMBER = { workspaceMemberId: 'a4000004-0c4e-4b9a-9d55-1a2b3c4d5e04', flags: [] as string[] };
export type Caller = typeof MANAGER | 'anonymous';

export const COMPANY_ID = '4411';
/** Distinctive so a leak is unmistakable in a scan. */
export const SANDBOX_KEY = 'sbx-key-5f0e2c7a9d41b3e8';
export const WRONG_KEY = 'wrong-key-8a7d6c5b4e3f2a10';

/**
 * The built app: a private copy of a fresh build (test/twenty/harness). TEST_BUILD_OUTPUT_DIR points at another build
 * output instead, for iterating on one test without rebuilding the shared tree.
 */
export async function builtOutput(): Promise<string> {
  const override = process.env.TEST_BUILD_OUTPUT_DIR;
  if (!override) return ensureBuiltOutput();
  const copy = mkdtempSync(join(tmpdir(), 'metakocka-credentials-output-'));
  cpSync(override, copy, { recursive: true, filter: (source) => !source.includes('node_modules') });
  symlinkSync(resolve(__dirname, '../../node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

export interface RouteWorld {
  sandbox: Sandbox;
  standIn: StandIn;
  harness: Harness;
  /** Every route answer so far, in order. */
  answers: Array<{ path: string; status: number; body: unknown }>;
  post(path: string, body: unknown, as: Caller): Promise<{ status: number; body: any }>;
  /** Saves the organisation's credentials through the route, as a manager would. */
  connect(): Promise<void>;
  variables(): Record<string, string>;
  rows(objectName: string): Array<Record<string, any>>;
  close(): Promise<void>;
}

export async function startRouteWorld(outputDir: string): Promise<RouteWorld> {
  const sandbox = await startSandbox({
    companyId: COMPANY_ID,
    secretKey: SANDBOX_KEY,
    products: 3,
    partners: 3,
    documents: 3,
  });
  const standIn = await startStandIn({ manifestPath: join(outputDir, 'manifest.json') });
  // The sandbox is a custom endpoint, so it is listed as Twenty's variable editor would (D37); installing runs the
  // post-install step, which creates the credential encryption key.
  const harness = await createHarness({
    standIn,
    outputDir,
    appVariables: { METAKOCKA_API_URL: sandbox.url, METAKOCKA_ALLOWED_ENDPOINTS: sandbox.url },
  });
  await harness.install();
  const answers: RouteWorld['answers'] = [];
  const world: RouteWorld = {
    sandbox,
    standIn,
    harness,
    answers,
    async post(path, body, as) {
      const reply = await harness.route(`/s${path}`, { method: 'POST', body, as });
      answers.push({ path, ...reply });
      return reply as { status: number; body: any };
    },
    async connect() {
      const reply = await world.post(
        CREDENTIAL_ROUTES.organisationSave,
        { endpoint: 'custom', customUrl: sandbox.url, companyId: COMPANY_ID, secretKey: SANDBOX_KEY },
        MANAGER,
      );
      if (reply.status !== 200) throw new Error(`connect() failed: ${JSON.stringify(reply)}`);
    },
    variables: () => Object.fromEntries(standIn.appVariables),
    rows: (objectName) => standIn.store.rows(objectName).filter((row: any) => !row.deletedAt),
    async close() {
      await harness.close();
      await standIn.close();
      await sandbox.close();
    },
  };
  return world;
}
