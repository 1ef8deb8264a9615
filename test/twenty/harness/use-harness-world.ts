// A fresh stand-in with the built app deployed into a harness for every test of a file; the app (the real build or the
// fixture app) is built once per file. The harness tests and the install/uninstall function tests share it.
import { startStandIn, type StandIn } from 'test/twenty/stand-in';
import { createHarness, type Harness } from 'test/twenty/harness';

export interface HarnessWorld {
  readonly outputDir: string;
  readonly standIn: StandIn;
  readonly harness: Harness;
  /** A GraphQL request to the stand-in with its API key, as a user's integration would send it; the raw answer. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: unknown[] }>;
}

export function useHarnessWorld(
  build: () => Promise<string>,
  options: { buildTimeoutMs: number; appVariables?: Record<string, string> },
): HarnessWorld {
  let outputDir = '';
  let standIn: StandIn | undefined;
  let harness: Harness | undefined;
  beforeAll(async () => {
    outputDir = await build();
  }, options.buildTimeoutMs);
  beforeEach(async () => {
    standIn = await startStandIn({ manifestPath: `${outputDir}/manifest.json` });
    harness = await createHarness({
      standIn,
      outputDir,
      ...(options.appVariables ? { appVariables: options.appVariables } : {}),
    });
  });
  afterEach(async () => {
    await harness?.close();
    await standIn?.close();
  });
  return {
    get outputDir() {
      return outputDir;
    },
    get standIn() {
      return standIn!;
    },
    get harness() {
      return harness!;
    },
    async graphql(query, variables = {}) {
      const response = await fetch(`${standIn!.url}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${standIn!.apiKey}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: unknown[] };
    },
  };
}
