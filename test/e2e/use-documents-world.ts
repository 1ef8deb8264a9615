// One documents world per test file: started in beforeAll from a private copy of the built app, closed in afterAll.
// Tests hold the returned object from the start; it forwards to the world once beforeAll has made it.
import { rmSync } from 'node:fs';

import type { SandboxOptions } from 'test/sandbox';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { startDocumentsWorld, type DocumentsWorld } from './documents-world';

export function useDocumentsWorld(sandboxOptions?: SandboxOptions): DocumentsWorld {
  let outputDir = '';
  let world: DocumentsWorld | undefined;
  beforeAll(async () => {
    outputDir = await ensureBuiltOutput();
    world = await startDocumentsWorld(outputDir, sandboxOptions);
  }, 600_000);
  afterAll(async () => {
    await world?.close();
    // A build output given through HARNESS_OUTPUT_DIR is not ours to delete.
    if (outputDir && !process.env.HARNESS_OUTPUT_DIR) rmSync(outputDir, { recursive: true, force: true });
  });
  return new Proxy({} as DocumentsWorld, {
    get(_target, key) {
      if (!world) throw new Error('The documents world was used before its beforeAll started it.');
      const value = Reflect.get(world, key);
      return typeof value === 'function' ? value.bind(world) : value;
    },
  });
}
