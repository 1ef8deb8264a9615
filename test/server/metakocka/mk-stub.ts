// A minimal Metakocka stand-in on msw for client unit tests: each test scripts the answers of the methods it needs.
// Unknown paths answer an HTML 404 page, as the real server does for a wrong path family (API.md §1.1).
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

import { createMetakockaClient, type MetakockaClient, type MetakockaConfig } from 'server/metakocka';

export const STUB_BASE = 'https://mk.stub.test';
export const STUB_COMPANY = '16';
export const STUB_SECRET = 'stub-secret-3f9a';

export type StubBody = Record<string, unknown>;
export type StubAnswer = StubBody | Response;
export type StubHandler = (body: StubBody) => StubAnswer | Promise<StubAnswer>;
export interface StubRequest {
  path: string;
  method: string;
  body: StubBody;
}

const FAMILY: Record<string, 'A' | 'B'> = {
  product_list: 'A',
  product_add: 'A',
  product_update: 'A',
  warehouse_list: 'A',
  warehouse_stock: 'A',
};
const pathOf = (method: string) =>
  FAMILY[method] === 'A' ? `/rest/eshop/v1/json/${method}` : `/rest/eshop/v1/${method}`;

export const html404 = () =>
  new HttpResponse('<!DOCTYPE html><html><body><h1>HTTP Status 404 – Not Found</h1></body></html>', {
    status: 404,
    headers: { 'content-type': 'text/html;charset=utf-8' },
  });
export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function startMkStub(
  accepted: { secretKey: string; companyId: string } = { secretKey: STUB_SECRET, companyId: STUB_COMPANY },
) {
  const requests: StubRequest[] = [];
  const handlers = new Map<string, StubHandler>();
  const server = setupServer(
    http.post(`${STUB_BASE}/*`, async ({ request }) => {
      const path = new URL(request.url).pathname;
      const method = path.split('/').pop() ?? '';
      const body = (await request.json().catch(() => ({}))) as StubBody;
      requests.push({ path, method, body });
      const handler = handlers.get(method);
      if (!handler || pathOf(method) !== path) return html404();
      if (body.secret_key !== accepted.secretKey || body.company_id !== accepted.companyId) {
        return HttpResponse.json({ opr_code: '3', opr_desc: 'Invalid secret_key or company_id.' });
      }
      const answer = await handler(body);
      return answer instanceof Response ? answer : HttpResponse.json(answer);
    }),
  );
  server.listen({ onUnhandledRequest: 'bypass' });
  return {
    requests,
    on(method: string, handler: StubHandler) {
      handlers.set(method, handler);
    },
    reset() {
      handlers.clear();
      requests.length = 0;
    },
    close: () => server.close(),
  };
}

/** A client whose sleeps are recorded instead of waited, so backoff is visible and tests stay fast. */
export function stubClient(overrides: Partial<MetakockaConfig> = {}): MetakockaClient & { sleeps: number[] } {
  const sleeps: number[] = [];
  const client = createMetakockaClient({
    baseUrl: STUB_BASE,
    companyId: STUB_COMPANY,
    secretKey: STUB_SECRET,
    timeoutMs: 2_000,
    retry: { attempts: 3, baseDelayMs: 100, budgetMs: 60_000 },
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...overrides,
  });
  return Object.assign(client, { sleeps });
}

/** A 127.0.0.1 port that nothing listens on: bound once, then closed. */
export async function deadPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
