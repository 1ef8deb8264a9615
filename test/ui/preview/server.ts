// The UI preview: every front component of the app in a local page, with Twenty's host functions and the app's
// routes bound to the Twenty stand-in (through the runtime harness, which runs the built logic functions) and the
// Metakocka sandbox. `npm run ui:preview` starts it; the browser test drives it.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

import { LANGUAGE_ROUTES } from 'plugin/constants/route-paths';
import { startSandbox, type Sandbox, type SandboxOptions } from 'test/sandbox';
import { createHarness, type Harness } from 'test/twenty/harness';
import { startStandIn, type StandIn } from 'test/twenty/stand-in';
import { bundleFrontComponent } from 'test/ui/preview/bundle';
import { hostPage, indexPage, type ComponentEntry, type Surface } from 'test/ui/preview/page';
import { seedPreview } from 'test/ui/preview/seed';

export const APP_PATH = resolve(__dirname, '../../..');

/** Who the browser is signed in as: a Metakocka manager, or a member without the permission. */
export type PersonaName = 'manager' | 'member';
export const PERSONAS: Record<
  PersonaName,
  { workspaceMemberId: string; flags: string[]; firstName: string; lastName: string }
> = {
  manager: {
    workspaceMemberId: 'b1000001-1a3b-4c5d-8e9f-0a1b2c3d4e01',
    flags: ['MANAGE_METAKOCKA'],
    firstName: 'Maja',
    lastName: 'Kovač',
  },
  member: { workspaceMemberId: 'b2000002-1a3b-4c5d-8e9f-0a1b2c3d4e02', flags: [], firstName: 'Ana', lastName: 'Novak' },
};

export interface PreviewOptions {
  /** The app's build output (manifest.json + built functions); the harness runs the functions from there. */
  outputDir: string;
  port?: number;
  companyId?: string;
  secretKey?: string;
  /**
   * Connect the sandbox, sync partners and products, and add the records every command can be tried on (seed.ts);
   * without it the preview starts as a fresh install.
   */
  seed?: boolean;
  /** The sandbox's data (how many partners, products, documents). */
  sandbox?: Pick<SandboxOptions, 'partners' | 'products' | 'documents' | 'seed'>;
  /** Connect the install to the sandbox from the start (the console's tests), instead of through the settings page. */
  connected?: boolean;
}

export interface UiPreview {
  url: string;
  sandbox: Sandbox;
  standIn: StandIn;
  harness: Harness;
  components: Array<ComponentEntry & { sourceComponentPath: string; surface: Surface }>;
  /** Per component name, the selection (?object=&records=) its command can be tried on; filled by the seed. */
  examples: Record<string, Record<string, string>>;
  close(): Promise<void>;
}

interface BuiltManifest {
  frontComponents: Array<ComponentEntry & { sourceComponentPath: string }>;
  settingsMenuItems?: Array<{ frontComponentUniversalIdentifier: string }>;
  pageLayouts?: Array<{
    type: string;
    tabs?: Array<{ widgets?: Array<{ configuration?: { frontComponentUniversalIdentifier?: string } }> }>;
  }>;
  application: { applicationVariables?: Record<string, { isSecret?: boolean }> };
}

/**
 * Where Twenty opens each component: a settings menu item's page, an app page of its own (a STANDALONE_PAGE layout's
 * widget), nowhere when headless, else the side panel.
 */
function surfaceOf(manifest: BuiltManifest, component: ComponentEntry): Surface {
  if (
    manifest.settingsMenuItems?.some((item) => item.frontComponentUniversalIdentifier === component.universalIdentifier)
  )
    return 'settings';
  const pageWidgets = (manifest.pageLayouts ?? [])
    .filter((layout) => layout.type === 'STANDALONE_PAGE')
    .flatMap((layout) => layout.tabs ?? [])
    .flatMap((tab) => tab.widgets ?? []);
  if (
    pageWidgets.some(
      (widget) => widget.configuration?.frontComponentUniversalIdentifier === component.universalIdentifier,
    )
  )
    return 'page';
  return component.isHeadless ? 'headless' : 'side-panel';
}

export async function startUiPreview(options: PreviewOptions): Promise<UiPreview> {
  const manifest = JSON.parse(readFileSync(join(options.outputDir, 'manifest.json'), 'utf8')) as BuiltManifest;
  const sandbox = await startSandbox({
    companyId: options.companyId ?? '4411',
    ...(options.secretKey ? { secretKey: options.secretKey } : {}),
    ...options.sandbox,
  });
  const standIn = await startStandIn({ manifestPath: join(options.outputDir, 'manifest.json') });
  // The sandbox is a custom endpoint, so it is listed as Twenty's variable editor would (D37); installing runs the
  // post-install step, which creates the credential encryption key.
  const harness = await createHarness({
    standIn,
    outputDir: options.outputDir,
    appVariables: {
      METAKOCKA_ALLOWED_ENDPOINTS: sandbox.url,
      ...(options.connected
        ? {
            METAKOCKA_API_URL: sandbox.url,
            METAKOCKA_COMPANY_ID: sandbox.companyId,
            METAKOCKA_SECRET_KEY: sandbox.secretKey,
          }
        : {}),
    },
  });
  await harness.install();
  // Twenty's workspace members behind the personas, by name, as the app's pages show them.
  standIn.seed(
    'workspaceMember',
    Object.values(PERSONAS).map((p) => ({
      id: p.workspaceMemberId,
      name: { firstName: p.firstName, lastName: p.lastName },
      userEmail: `${p.firstName.toLowerCase()}@example.si`,
      userId: randomUUID(),
    })),
    { upsert: true },
  );
  const components = manifest.frontComponents.map((c) => ({ ...c, surface: surfaceOf(manifest, c) }));
  // Browser tokens are the preview's own; each maps to a persona the harness turns into a stand-in user session.
  const tokens = new Map<string, PersonaName>(
    (Object.keys(PERSONAS) as PersonaName[]).map((name) => [`preview-${name}-${randomBytes(8).toString('hex')}`, name]),
  );
  const tokenOf = (name: PersonaName) => [...tokens].find(([, persona]) => persona === name)![0];

  const nonSecretVariables = (): Record<string, string> => {
    const specs = manifest.application.applicationVariables ?? {};
    return Object.fromEntries([...standIn.appVariables].filter(([key]) => specs[key] && !specs[key]!.isSecret));
  };

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) =>
      send(response, 500, 'text/plain', `Preview error: ${(error as Error).message}`),
    );
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://preview');
    if (url.pathname.startsWith('/s/')) return proxyRoute(request, response, url);
    if (url.pathname.startsWith('/rest/')) return proxyRest(request, response, url);
    if (url.pathname === '/')
      return send(response, 200, 'text/html', indexPage(components, Object.keys(PERSONAS), examples));
    const page = /^\/fc\/([0-9a-f-]{36})$/.exec(url.pathname);
    const bundle = /^\/bundle\/([0-9a-f-]{36})\.mjs$/.exec(url.pathname);
    const component = components.find((c) => c.universalIdentifier === (page ?? bundle)?.[1]);
    if (!component) return send(response, 404, 'text/plain', 'No such front component; see / for the list.');
    if (bundle)
      return send(
        response,
        200,
        'text/javascript',
        await bundleFrontComponent(APP_PATH, component.sourceComponentPath),
      );
    const persona = (url.searchParams.get('as') ?? 'manager') as PersonaName;
    if (!(persona in PERSONAS))
      return send(response, 400, 'text/plain', `Unknown persona; use one of ${Object.keys(PERSONAS).join(', ')}.`);
    // `?lang=sl|en`: the persona chooses that language on "My Metakocka account" before the page opens, as a member
    // would (the app reads the member's choice, not the browser locale; D53).
    const lang = url.searchParams.get('lang');
    if (lang === 'sl' || lang === 'en')
      await harness.route(`/s${LANGUAGE_ROUTES.mineSave}`, {
        method: 'POST',
        body: { language: lang },
        as: PERSONAS[persona],
      });
    const origin = `http://${request.headers.host}`;
    return send(
      response,
      200,
      'text/html',
      hostPage({
        component,
        bundleUrl: `/bundle/${component.universalIdentifier}.mjs`,
        origin,
        token: tokenOf(persona),
        userId: PERSONAS[persona].workspaceMemberId,
        locale: url.searchParams.get('lang') === 'sl' ? 'sl-SI' : 'en',
        applicationVariables: nonSecretVariables(),
        persona,
        surface: component.surface,
        colorScheme: url.searchParams.get('theme') === 'dark' ? 'dark' : 'light',
        selection: selectionOf(url),
      }),
    );
  }

  /** `?records=<id>,<id>&object=<nameSingular>`: the command menu's selection for command components. */
  function selectionOf(url: URL): {
    recordIds: string[];
    object: { id: string; nameSingular: string; namePlural: string } | null;
  } {
    const meta = standIn.model.objects.get(url.searchParams.get('object') ?? '');
    const recordIds = (url.searchParams.get('records') ?? '').split(',').filter(Boolean);
    return {
      recordIds,
      object: meta ? { id: meta.id, nameSingular: meta.nameSingular, namePlural: meta.namePlural } : null,
    };
  }

  /** /rest/... → the stand-in's REST API with the persona's own user token (components read records as the user). */
  async function proxyRest(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const raw = await readBody(request);
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const persona = bearer ? tokens.get(bearer) : undefined;
    if (!persona) return send(response, 401, 'application/json', JSON.stringify({ messages: ['Unauthenticated'] }));
    const token = standIn.tokens.user(PERSONAS[persona].workspaceMemberId, PERSONAS[persona].flags);
    const reply = await fetch(`${standIn.url}${url.pathname}${url.search}`, {
      method: request.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(raw === '' ? {} : { body: raw }),
    });
    send(response, reply.status, 'application/json', await reply.text());
  }

  /** /s/<path> → the app's route, run by the harness as the persona the bearer token stands for. */
  async function proxyRoute(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const raw = await readBody(request);
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const persona = bearer ? tokens.get(bearer) : undefined;
    const reply = await harness.route(`${url.pathname}${url.search}`, {
      method: request.method ?? 'GET',
      body: raw === '' ? undefined : JSON.parse(raw),
      as: persona ? PERSONAS[persona] : 'anonymous',
    });
    send(response, reply.status, 'application/json', JSON.stringify(reply.body ?? null));
  }

  const examples: Record<string, Record<string, string>> = options.seed
    ? await seedPreview({
        sandbox,
        standIn,
        harness,
        secretKey: options.secretKey ?? sandbox.secretKey,
        manager: PERSONAS.manager,
        member: PERSONAS.member,
      })
    : {};

  await new Promise<void>((ready) => server.listen(options.port ?? 0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sandbox,
    standIn,
    harness,
    components,
    examples,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await harness.close();
      await standIn.close();
      await sandbox.close();
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  response.end(body);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });
}
