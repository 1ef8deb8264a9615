// The command menu a user sees (issue #5 item 7, issue #6 item 5), read from the built manifest: each item on the
// right object with the right selection rule, each pointing at a front component that was built, headless where
// the command needs no input; each route the commands call is declared; no bundle carries a server-only name.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { ensureBuiltOutput } from 'test/twenty/harness/build-output';
import { STANDARD_OBJECT_IDS } from 'test/plugin/twenty-standard-ids';

const SALES_DOCUMENT = 'metakockaSalesDocument';
const ONE = 'numberOfSelectedRecords == 1';

// label -> [availability, object (nameSingular or null), condition, front component name, headless]
const EXPECTED: Record<string, [string, string | null, string | undefined, string, boolean]> = {
  'Run Metakocka sync': ['GLOBAL', null, undefined, 'run-metakocka-sync-command', true],
  'Push to Metakocka': ['RECORD_SELECTION', SALES_DOCUMENT, ONE, 'push-sales-document-command', true],
  'Get document PDF': ['RECORD_SELECTION', SALES_DOCUMENT, ONE, 'get-sales-document-pdf-command', true],
  'Change status': ['RECORD_SELECTION', SALES_DOCUMENT, ONE, 'change-sales-document-status-command', false],
  'Create Metakocka offer': ['RECORD_SELECTION', 'opportunity', ONE, 'create-metakocka-offer-command', false],
  'Create Metakocka order': ['RECORD_SELECTION', 'opportunity', ONE, 'create-metakocka-order-command', false],
};
for (const object of ['company', 'person']) {
  EXPECTED[`${object}: Resync with Metakocka`] = ['RECORD_SELECTION', object, undefined, 'resync-record-command', true];
  EXPECTED[`${object}: Unlink from Metakocka`] = ['RECORD_SELECTION', object, undefined, 'unlink-record-command', true];
  EXPECTED[`${object}: Exclude from Metakocka sync`] = [
    'RECORD_SELECTION',
    object,
    undefined,
    'exclude-record-command',
    true,
  ];
  EXPECTED[`${object}: Include in Metakocka sync again`] = [
    'RECORD_SELECTION',
    object,
    undefined,
    'include-record-command',
    true,
  ];
  EXPECTED[`${object}: Link to Metakocka partner`] = ['RECORD_SELECTION', object, ONE, 'link-partner-command', false];
}

/** The routes ui/commands calls (plugin/constants/route-paths.ts), as served under /s/. */
const COMMAND_ROUTES = [
  '/metakocka/sync/run',
  '/metakocka/sync/record-action',
  '/metakocka/sync/link-partner',
  '/metakocka/documents/action',
];
/** Names only server code may use (the same list as test/credentials/secret-scan.test.ts). */
const SERVER_ONLY = [
  'METAKOCKA_SECRET_KEY',
  'METAKOCKA_CREDENTIAL_ENCRYPTION_KEY',
  'METAKOCKA_WEBHOOK_SECRET',
  'secret_key',
  'aes-256-gcm',
];

let outputDir: string;
let manifest: any;
let objectName: (universalIdentifier: string | undefined) => string | null;

beforeAll(async () => {
  outputDir = await ensureBuiltOutput();
  manifest = JSON.parse(readFileSync(join(outputDir, 'manifest.json'), 'utf8'));
  const names = new Map<string, string>([
    ...Object.entries(STANDARD_OBJECT_IDS).map(([name, id]) => [id, name] as [string, string]),
    ...manifest.objects.map((o: any) => [o.universalIdentifier, o.nameSingular] as [string, string]),
  ]);
  objectName = (id) => (id ? (names.get(id) ?? `unknown ${id}`) : null);
}, 900_000);

const commandItems = () =>
  (manifest.commandMenuItems as any[]).filter((item) =>
    manifest.frontComponents.some(
      (fc: any) => fc.universalIdentifier === item.frontComponentUniversalIdentifier && /-command$/.test(fc.name),
    ),
  );
const keyOf = (item: any) =>
  item.label in EXPECTED ? item.label : `${objectName(item.availabilityObjectUniversalIdentifier)}: ${item.label}`;

describe('command menu items', () => {
  it('are exactly the expected items, each on its object with its selection rule and front component', () => {
    const seen = Object.fromEntries(
      commandItems().map((item) => {
        const fc = manifest.frontComponents.find(
          (c: any) => c.universalIdentifier === item.frontComponentUniversalIdentifier,
        );
        return [
          keyOf(item),
          [
            item.availabilityType,
            objectName(item.availabilityObjectUniversalIdentifier),
            item.conditionalAvailabilityExpression,
            fc.name,
            fc.isHeadless,
          ],
        ];
      }),
    );
    expect(seen).toEqual(EXPECTED);
  });

  it('point only at front components that were built into the output', () => {
    for (const item of commandItems()) {
      const fc = manifest.frontComponents.find(
        (c: any) => c.universalIdentifier === item.frontComponentUniversalIdentifier,
      );
      const bundle = join(outputDir, fc.builtComponentPath);
      expect({ item: item.label, built: existsSync(bundle) && statSync(bundle).size > 1000 }).toEqual({
        item: item.label,
        built: true,
      });
    }
  });

  it('every command front component is reachable from an item', () => {
    const used = new Set(commandItems().map((item) => item.frontComponentUniversalIdentifier));
    const unused = manifest.frontComponents
      .filter((fc: any) => /-command$/.test(fc.name) && !used.has(fc.universalIdentifier))
      .map((fc: any) => fc.name);
    expect(unused).toEqual([]);
  });

  it('every route the commands call is a declared POST route that needs a signed-in user', () => {
    const routes = manifest.logicFunctions.map((fn: any) => fn.httpRouteTriggerSettings).filter(Boolean);
    for (const path of COMMAND_ROUTES) {
      expect({ path, route: routes.find((r: any) => r.path === path) }).toEqual({
        path,
        route: expect.objectContaining({ httpMethod: 'POST', isAuthRequired: true }),
      });
    }
  });

  it('the command bundles call their routes and carry no server-only name', () => {
    const bundles = manifest.frontComponents
      .filter((fc: any) => /-command$/.test(fc.name))
      .map((fc: any) => ({ name: fc.name, text: readFileSync(join(outputDir, fc.builtComponentPath), 'utf8') }));
    expect(bundles.length).toBe(11);
    for (const { name, text } of bundles) {
      expect({ name, leaked: SERVER_ONLY.filter((word) => text.includes(word)) }).toEqual({ name, leaked: [] });
    }
    const callsRoute = (name: string, path: string) => bundles.find((b: any) => b.name === name)!.text.includes(path);
    expect(callsRoute('run-metakocka-sync-command', '/metakocka/sync/run')).toBe(true);
    expect(callsRoute('unlink-record-command', '/metakocka/sync/record-action')).toBe(true);
    expect(callsRoute('link-partner-command', '/metakocka/sync/link-partner')).toBe(true);
    expect(callsRoute('create-metakocka-order-command', '/metakocka/documents/action')).toBe(true);
  });
});
