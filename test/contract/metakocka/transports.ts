/**
 * Two ways to reach the sandbox with raw HTTP/JSON: a real socket (startSandbox) and msw handlers on the same core
 * (metakockaHandlers). Contract cases run unchanged through both.
 */
import type { setupServer } from 'msw/node';
import {
  createSandboxCore,
  metakockaHandlers,
  startSandbox,
  type SandboxCore,
  type SandboxOptions,
} from 'test/sandbox';

export const A = (m: string) => `/rest/eshop/v1/json/${m}`;
export const B = (m: string) => `/rest/eshop/v1/${m}`;
export const C = (m: string) => `/rest/eshop/${m}`;

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  /** Parsed body when it is JSON, else undefined. */
  json: any;
  bytes: Uint8Array;
}

export interface PostInit {
  /** Leave credentials out, or override them. */
  auth?: false | { secret_key?: unknown; company_id?: unknown };
  method?: string;
  contentType?: string;
  raw?: string;
  timeoutMs?: number;
}

export interface Transport {
  core: SandboxCore;
  post(path: string, body?: Record<string, unknown>, init?: PostInit): Promise<Answer>;
  close(): Promise<void>;
}

export type TransportFactory = { name: string; open(opts?: SandboxOptions): Promise<Transport> };

async function send(
  base: string,
  core: SandboxCore,
  path: string,
  body: Record<string, unknown> = {},
  init: PostInit = {},
): Promise<Answer> {
  const creds =
    init.auth === false
      ? {}
      : { secret_key: core.secretKeyForOwner(), company_id: core.companyId, ...(init.auth ?? {}) };
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? 'POST',
    headers: { 'Content-Type': init.contentType ?? 'application/json' },
    body: (init.method ?? 'POST') === 'GET' ? undefined : (init.raw ?? JSON.stringify({ ...creds, ...body })),
    signal: AbortSignal.timeout(init.timeoutMs ?? 20_000),
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, json, bytes };
}

export const httpTransport: TransportFactory = {
  name: 'http',
  async open(opts) {
    const sandbox = await startSandbox(opts);
    return {
      core: sandbox.core,
      post: (p, b, i) => send(sandbox.url, sandbox.core, p, b, i),
      close: () => sandbox.close(),
    };
  },
};

/** One msw server for the whole file; each case installs handlers for its own core. */
let mswServer: ReturnType<typeof setupServer> | undefined;
const MSW_BASE = 'https://main.metakocka.si';

export const mswTransport: TransportFactory = {
  name: 'msw',
  async open(opts) {
    const core = createSandboxCore(opts);
    // msw is required here, not imported above, so the socket half of the suite runs even where msw cannot load.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const server = mswServer ?? (require('msw/node') as typeof import('msw/node')).setupServer();
    if (!mswServer) {
      server.listen({ onUnhandledRequest: 'bypass' });
      mswServer = server;
    }
    server.resetHandlers(...metakockaHandlers(core, MSW_BASE));
    return {
      core,
      post: (p, b, i) => send(MSW_BASE, core, p, b, i),
      close: async () => {
        mswServer?.resetHandlers();
      },
    };
  },
};

export function closeMsw(): void {
  mswServer?.close();
  mswServer = undefined;
}
