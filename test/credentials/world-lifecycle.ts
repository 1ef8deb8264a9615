// jest lifecycle for suites that drive the credential routes: one build copy per file, a fresh world per test.
import { rmSync } from 'node:fs';

import { builtOutput, startRouteWorld, type RouteWorld } from 'test/credentials/route-world';

export function useRouteWorld(): () => RouteWorld {
  let outputDir = '';
  let world: RouteWorld | null = null;
  beforeAll(async () => {
    outputDir = await builtOutput();
  }, 600_000);
  beforeEach(async () => {
    world = await startRouteWorld(outputDir);
  });
  afterEach(async () => {
    await world?.close();
    world = null;
  });
  afterAll(() => {
    if (outputDir) rmSync(outputDir, { recursive: true, force: true });
  });
  return () => {
    if (!world) throw new Error('The route world is only available inside a test.');
    return world;
  };
}
