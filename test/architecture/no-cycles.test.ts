// No two modules of the app import each other, directly or round a longer circle (issue 13 item 3), so any module can
// be read, tested and moved on its own. Type-only imports count too: a type circle ties modules together just as a
// value circle does (a change to one side's type ripples round), and TypeScript erasing it at build time does not
// untie it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import { importCycles, importGraph, roundTrip } from '../../scripts/import-cycles';

const repoRoot = resolve(__dirname, '../..');

describe('import graph of plugin/, server/, ui/, migrations/', () => {
  it('has no import cycles', () => {
    const graph = importGraph(repoRoot);
    const found = importCycles(graph).map((cycle) => roundTrip(graph, cycle).join(' → '));
    expect(found).toEqual([]);
  });
});

describe('the cycle check', () => {
  let root: string;
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'import-cycles-'));
    write({
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          module: 'ESNext',
          moduleResolution: 'bundler',
          baseUrl: '.',
          paths: { 'server/*': ['server/*'] },
        },
      }),
    });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds a circle through a path alias, an index file and a type-only import, and names its round trip', () => {
    write({
      'server/sync/ports.ts': "import type { MkPort } from './mk';\nexport interface SyncRuntime { mk: MkPort }\n",
      'server/sync/mk/index.ts': "export type { DocumentsMk as MkPort } from 'server/sync/documents/ports';\n",
      'server/sync/documents/ports.ts':
        "import type { SyncRuntime } from '../ports';\nexport type DocumentsMk = SyncRuntime;\n",
      'server/sync/clean.ts':
        "import type { SyncRuntime } from './ports';\nexport const clean = (rt: SyncRuntime) => rt;\n",
    });
    const graph = importGraph(root, ['server']);
    const cycles = importCycles(graph);
    expect(cycles).toEqual([['server/sync/documents/ports.ts', 'server/sync/mk/index.ts', 'server/sync/ports.ts']]);
    expect(roundTrip(graph, cycles[0]!)).toEqual([
      'server/sync/documents/ports.ts',
      'server/sync/ports.ts',
      'server/sync/mk/index.ts',
      'server/sync/documents/ports.ts',
    ]);
  });

  it('finds two modules that import each other through values and a dynamic import', () => {
    write({
      'server/push.ts': "import { pushPerson } from './push-person';\nexport const pushCompany = () => pushPerson;\n",
      'server/push-person.ts': "export const pushPerson = () => import('./push');\n",
    });
    expect(importCycles(importGraph(root, ['server']))).toEqual([['server/push-person.ts', 'server/push.ts']]);
  });

  it('passes a graph whose arrows all point one way', () => {
    write({
      'server/push.ts':
        "import { pushCompany } from './push-company';\nimport { pushPerson } from './push-person';\n" +
        'export const all = [pushCompany, pushPerson];\n',
      'server/push-person.ts':
        "import { pushCompany } from './push-company';\nexport const pushPerson = () => pushCompany;\n",
      'server/push-company.ts': 'export const pushCompany = () => null;\n',
    });
    expect(importCycles(importGraph(root, ['server']))).toEqual([]);
  });
});
