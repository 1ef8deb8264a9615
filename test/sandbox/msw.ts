/**
 * msw 2 handlers backed by the same core as the HTTP sandbox, so unit tests meet the same Metakocka without a socket:
 *   const core = createSandboxCore({ seed: 1 });
 *   const server = setupServer(...metakockaHandlers(core, 'https://main.metakocka.si'));
 * A `timeout` fault waits holdMs and then fails the request (use a short `hold:` or the client's own timeout);
 * `reset` and `lost-write` fail it at once as a network error.
 */
import { HttpResponse, delay, http } from 'msw';
import type { SandboxCore } from './core';

export function metakockaHandlers(core: SandboxCore, baseUrl: string) {
  const origin = baseUrl.replace(/\/+$/, '');
  return [
    http.all(`${origin}/*`, async ({ request }) => {
      const outcome = await core.handle({
        method: request.method,
        path: new URL(request.url).pathname,
        contentType: request.headers.get('content-type'),
        body: await request.text(),
      });
      if (outcome.kind === 'reset') return HttpResponse.error();
      if (outcome.kind === 'hang') {
        await delay(outcome.holdMs);
        return HttpResponse.error();
      }
      const body = typeof outcome.body === 'string' ? outcome.body : outcome.body.slice().buffer;
      return new HttpResponse(body, { status: outcome.status, headers: { 'Content-Type': outcome.contentType } });
    }),
  ];
}
