// Each architecture rule in .dependency-cruiser.cjs catches a breach: the test builds a throw-away tree in a temp
// folder (the project's depcruise and tsconfig files, node_modules linked) holding small files that break one rule
// each, runs depcruise there with the project's config, and expects that rule named. The real tree is not touched, so
// tests that read the tree's folders cannot see these files. The temp folder is removed afterwards.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const projectRoot = resolve(__dirname, '../..');
const repoRoot = mkdtempSync(join(tmpdir(), 'lint-rules-'));
const scratch = 'breach';

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function write(path: string, text: string): string {
  mkdirSync(dirname(join(repoRoot, path)), { recursive: true });
  writeFileSync(join(repoRoot, path), text);
  return path;
}

/** depcruise's verdict on the given files, as "rule: from -> to" lines; the exit code is not the point here. */
function violations(files: string[], cwd = repoRoot): string[] {
  let output: string;
  try {
    output = execFileSync(
      join(projectRoot, 'node_modules/.bin/depcruise'),
      [...files, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
      { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  const result = JSON.parse(output) as { summary: { violations: Violation[] } };
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

const server = `server/${scratch}`;
const ui = `ui/${scratch}`;
const plugin = `plugin/${scratch}`;
const test = `test/${scratch}`;

let found: string[] = [];

beforeAll(() => {
  for (const file of ['.dependency-cruiser.cjs', 'tsconfig.json', 'tsconfig.test.json']) {
    copyFileSync(join(projectRoot, file), join(repoRoot, file));
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(repoRoot, 'node_modules'));
  write('ui/shared/translate.ts', `export const t = 1;\n`);
  write('plugin/objects/product.object.ts', `export default 1;\n`);
  write('plugin/constants/route-paths.ts', `export const path = '/x';\n`);
  write('server/metakocka/values.ts', `export const asArray = 1;\n`);
  write('server/sync/mk-port.ts', `export { asArray } from 'server/metakocka/values';\n`);
  write('server/routes/contracts.ts', `export type HealthAnswer = { ok: boolean };\nexport const schema = 1;\n`);
  const files = [
    write(`${server}/cycle-a.ts`, `import { b } from './cycle-b';\nexport const a = () => b;\n`),
    write(`${server}/cycle-b.ts`, `import type { a } from './cycle-a';\nexport const b: typeof a | null = null;\n`),
    // Round a path alias and an index file, closed by a type-only re-export.
    write(`${server}/alias/ports.ts`, `import type { Mk } from './mk';\nexport interface Runtime { mk: Mk }\n`),
    write(`${server}/alias/mk/index.ts`, `export type { Mk } from 'server/${scratch}/alias/documents/ports';\n`),
    write(
      `${server}/alias/documents/ports.ts`,
      `import type { Runtime } from '../ports';\nexport type Mk = Runtime;\n`,
    ),
    // Closed by a dynamic import.
    write(
      `${server}/dynamic/push.ts`,
      `import { person } from './push-person';\nexport const company = () => person;\n`,
    ),
    write(`${server}/dynamic/push-person.ts`, `export const person = () => import('./push');\n`),
    // Arrows that all point one way.
    write(
      `${server}/one-way/all.ts`,
      `import { c } from './c';\nimport { p } from './p';\nexport const all = [c, p];\n`,
    ),
    write(`${server}/one-way/p.ts`, `import { c } from './c';\nexport const p = () => c;\n`),
    write(`${server}/one-way/c.ts`, `export const c = () => null;\n`),
    write(`${server}/uses-sdk.ts`, `export { defineObject } from 'twenty-sdk/define';\n`),
    write(`${server}/uses-client-sdk.ts`, `export { RestApiClient } from 'twenty-client-sdk/rest';\n`),
    write(`server/host/${scratch}/uses-sdk.ts`, `export { defineObject } from 'twenty-sdk/define';\n`),
    write(`${server}/uses-ui.ts`, `export * from 'ui/shared/translate';\n`),
    write(`${server}/uses-plugin-object.ts`, `export { default } from 'plugin/objects/product.object';\n`),
    write(`${server}/uses-plugin-constant.ts`, `export * from 'plugin/constants/route-paths';\n`),
    write(`${server}/uses-test.ts`, `export * from 'test/${scratch}/helper';\n`),
    write(`server/sync/documents/${scratch}/uses-client.ts`, `export * from 'server/metakocka/values';\n`),
    write(`server/sync/documents/${scratch}/uses-port.ts`, `export * from 'server/sync/mk-port';\n`),
    write(
      `server/crm/${scratch}/uses-sync-type.ts`,
      `import type { asArray } from 'server/sync/mk-port';\nexport type A = typeof asArray;\n`,
    ),
    write(`server/sync/${scratch}/uses-crm.ts`, `export * from 'server/crm/${scratch}/uses-sync-type';\n`),
    write(`${test}/helper.ts`, `export const helper = 1;\n`),
    write(`${ui}/server-value.ts`, `export * from 'server/routes/contracts';\n`),
    write(
      `${ui}/server-type.ts`,
      `import type { HealthAnswer } from 'server/routes/contracts';\nexport type A = HealthAnswer;\n`,
    ),
    write(`${ui}/sdk-define.ts`, `export { defineObject } from 'twenty-sdk/define';\n`),
    write(`${ui}/client-metadata.ts`, `export * from 'twenty-client-sdk/metadata';\n`),
    write(`${ui}/front-component.ts`, `export { useLocale } from 'twenty-sdk/front-component';\n`),
    write(`${ui}/rest.ts`, `export { RestApiClient } from 'twenty-client-sdk/rest';\n`),
    write(`${ui}/uses-test.ts`, `export * from 'test/${scratch}/helper';\n`),
    write(`${plugin}/uses-test.ts`, `export * from 'test/${scratch}/helper';\n`),
  ];
  found = violations(files);
}, 60_000);

afterAll(() => {
  rmSync(repoRoot, { recursive: true, force: true });
});

const breachesOf = (rule: string, from: string): string[] =>
  found.filter((line) => line.startsWith(`${rule}: ${from}`));

describe("the project's tree", () => {
  it('breaks none of the rules: no import cycle anywhere, the stand-in included', () => {
    expect(violations(['plugin', 'server', 'ui', 'migrations', 'scripts', 'test'], projectRoot)).toEqual([]);
  }, 120_000);
});

describe('the architecture rules (npm run lint:architecture)', () => {
  it('report an import cycle, even one closed by a type-only import', () => {
    expect(breachesOf('no-cycles', `${server}/cycle-`).length).toBeGreaterThan(0);
  });

  it('report a cycle through a path alias and an index file, and one closed by a dynamic import', () => {
    // depcruise names each cycle once, from one of its files.
    expect(breachesOf('no-cycles', `${server}/alias/`)).toHaveLength(1);
    expect(breachesOf('no-cycles', `${server}/dynamic/`)).toHaveLength(1);
  });

  it('pass imports that all point one way', () => {
    expect(found.filter((line) => line.includes(`${server}/one-way/`))).toEqual([]);
  });

  it('report twenty-sdk and twenty-client-sdk in server/ outside server/host/, and allow them in server/host/', () => {
    expect(breachesOf('sdk-only-in-server-host', `${server}/uses-sdk.ts`)).toHaveLength(1);
    expect(breachesOf('sdk-only-in-server-host', `${server}/uses-client-sdk.ts`)).toHaveLength(1);
    expect(found.filter((line) => line.includes(`server/host/${scratch}/`))).toEqual([]);
  });

  it('report ui/ loading any SDK entry but twenty-sdk/front-component and the REST client', () => {
    expect(breachesOf('ui-sdk-front-component-and-rest-only', `${ui}/sdk-define.ts`)).toHaveLength(1);
    expect(breachesOf('ui-sdk-front-component-and-rest-only', `${ui}/client-metadata.ts`)).toHaveLength(1);
    expect(found.filter((line) => line.includes(`${ui}/front-component.ts`) || line.includes(`${ui}/rest.ts`))).toEqual(
      [],
    );
  });

  it('report a value import from server/ in ui/ and allow a type-only one', () => {
    expect(breachesOf('ui-no-server-values', `${ui}/server-value.ts`)).toHaveLength(1);
    expect(found.filter((line) => line.includes(`${ui}/server-type.ts`))).toEqual([]);
  });

  it('report server/ importing ui/', () => {
    expect(breachesOf('server-not-ui', `${server}/uses-ui.ts`)).toHaveLength(1);
  });

  it('report server/ importing plugin/ outside plugin/constants/', () => {
    expect(breachesOf('server-plugin-constants-only', `${server}/uses-plugin-object.ts`)).toHaveLength(1);
    expect(found.filter((line) => line.includes(`${server}/uses-plugin-constant.ts`))).toEqual([]);
  });

  it("report a stream importing server/metakocka/ and allow it the sync's Metakocka port", () => {
    expect(
      breachesOf('streams-metakocka-through-port', `server/sync/documents/${scratch}/uses-client.ts`),
    ).toHaveLength(1);
    expect(found.filter((line) => line.includes(`server/sync/documents/${scratch}/uses-port.ts`))).toEqual([]);
  });

  it('report server/crm/ importing server/sync/, even a type, and allow the sync to import server/crm/', () => {
    expect(breachesOf('crm-not-sync', `server/crm/${scratch}/uses-sync-type.ts`)).toHaveLength(1);
    expect(found.filter((line) => line.includes(`server/sync/${scratch}/uses-crm.ts`))).toEqual([]);
  });

  it('report server/, ui/ and plugin/ importing test/', () => {
    for (const from of [server, ui, plugin]) expect(breachesOf('app-not-test', `${from}/uses-test.ts`)).toHaveLength(1);
  });
});
