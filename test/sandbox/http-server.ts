/** node:http transport for the sandbox core, bound to 127.0.0.1 only (CONTRACTS.md: servers in tests bind 127.0.0.1). */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { SandboxCore } from './core';

export interface HttpHandle {
  url: string;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function listen(core: SandboxCore, port = 0): Promise<HttpHandle> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const body = await readBody(req);
      const outcome = await core.handle({
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        contentType: req.headers['content-type'],
        body,
      });
      if (outcome.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      if (outcome.kind === 'hang') {
        // Hold the connection without answering; the client's timeout fires first (or the socket is dropped later).
        const t = setTimeout(() => {
          timers.delete(t);
          req.socket.destroy();
        }, outcome.holdMs);
        timers.add(t);
        return;
      }
      res.writeHead(outcome.status, { 'Content-Type': outcome.contentType });
      res.end(outcome.body);
    })().catch(() => req.socket.destroy());
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the sandbox server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
