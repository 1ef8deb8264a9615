/**
 * HTTP front of the stand-in on 127.0.0.1: POST /graphql and /metadata (every GraphQL answer is HTTP 200, README
 * "Transport and error shape"), /rest/* (real status codes, h2), GET /healthz (the captured body, README "Which
 * server this was"). Latency is charged after the answer is computed (index.ts latency model).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TokenRegistry } from './auth';
import type { CoreApi } from './core-api';
import type { FileStore } from './files';
import type { MetadataApi } from './metadata-api';
import type { RestApi } from './rest-api';

export interface HttpDeps {
  core: CoreApi;
  metadata: MetadataApi;
  rest: RestApi;
  registry: TokenRegistry;
  files: FileStore;
  port: number;
  latency(written: number): Promise<void>;
}

export async function serveHttp(deps: HttpDeps): Promise<{ url: string; close(): Promise<void> }> {
  const { core, metadata, rest, registry, latency } = deps;
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) =>
      send(res, 500, {
        statusCode: 500,
        error: 'InternalServerError',
        messages: [e instanceof Error ? e.message : String(e)],
      }),
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const bytes = await readBody(req);
    // Signed upload/download URLs of FILES fields carry no Authorization header (files.ts).
    const file = deps.files.handleHttp(req.method ?? 'GET', url, req.headers['content-type'], bytes);
    if (file) {
      res.writeHead(file.status, { ...file.headers, 'content-length': Buffer.byteLength(file.body) });
      res.end(file.body);
      return;
    }
    const raw = bytes.toString('utf8');
    const auth = registry.resolve(req.headers.authorization);
    if (url.pathname === '/healthz') return send(res, 200, { status: 'ok', info: {}, error: {}, details: {} });
    if (url.pathname.startsWith('/rest/')) {
      let body: unknown = undefined;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          return send(res, 400, {
            statusCode: 400,
            error: 'BadRequestException',
            messages: ['Request body is not valid JSON'],
          });
        }
      }
      const result = rest.handle(req.method ?? 'GET', url, body, auth);
      await latency(result.written);
      return send(res, result.status, result.body);
    }
    if ((url.pathname === '/graphql' || url.pathname === '/metadata') && req.method === 'POST') {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw || '{}');
      } catch {
        return send(res, 400, { errors: [{ message: 'POST body sent invalid JSON.' }] });
      }
      if (url.pathname === '/graphql') {
        const outcome = await core.handle(body, auth);
        await latency(outcome.written);
        return send(res, 200, outcome.body);
      }
      const answer = await metadata.handle(body, auth);
      await latency(0);
      return send(res, 200, answer);
    }
    return send(res, 404, {
      statusCode: 404,
      error: 'NotFoundException',
      messages: [`Cannot ${req.method} ${url.pathname}`],
    });
  }

  // Keep idle sockets open longer than a client keeps them (Node's fetch: a few seconds): with Node's 5 s default a busy
  // stand-in could close a socket a function had just sent its next request on, a fault no real server behind a proxy shows.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(deps.port, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
