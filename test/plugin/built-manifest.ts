// Reads the SDK's built manifest. The harness's ensureBuiltOutput (test/twenty/harness/build-output.ts) rebuilds with
// scripts/build.mjs when .twenty/output is missing or older than the sources, retries a build broken by a file that
// vanished mid-scan, and hands back a private copy taken under the build lock — so these tests judge the entities as
// they are now even while other people rebuild the same tree.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { ensureBuiltOutput } from 'test/twenty/harness/build-output';

export const repoRoot = resolve(__dirname, '..', '..');

export type BuiltManifest = {
  application: Record<string, any> & {
    defaultRoleUniversalIdentifier: string;
    applicationVariables: Record<string, any>;
  };
  objects: Array<Record<string, any> & { universalIdentifier: string; nameSingular: string; fields: any[] }>;
  fields: Array<Record<string, any> & { objectUniversalIdentifier: string }>;
  roles: any[];
  permissionFlags: any[];
  views: any[];
  navigationMenuItems: any[];
  pageLayoutTabs: any[];
  [entity: string]: any;
};

export const loadBuiltManifest = async (): Promise<BuiltManifest> => {
  const outputDir = await ensureBuiltOutput();
  return JSON.parse(readFileSync(join(outputDir, 'manifest.json'), 'utf8')) as BuiltManifest;
};
