// A small control protocol over Node IPC, so the bench runs each stand-in in its own process (issue #5 item 9:
// "stand-ins run in their own processes") and still reads their stores and counters.
//   parent: const w = spawnWorker('test/bench/sandbox-worker.ts'); await w.call('start', {...}); await w.close();
//   child:  serveWorker({ start: async (args) => ..., snapshot: () => ... });
import { fork, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '..', '..');

interface Request {
  id: number;
  op: string;
  args: unknown;
}
interface Reply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

export interface WorkerHandle {
  readonly pid: number;
  call<T = unknown>(op: string, args?: unknown): Promise<T>;
  close(): Promise<void>;
}

export function spawnWorker(script: string, options: { stderr?: 'inherit' | 'ignore' } = {}): WorkerHandle {
  const child: ChildProcess = fork(join(REPO_ROOT, script), [], {
    cwd: REPO_ROOT,
    // tsx resolves the repo's path aliases from the test tsconfig (CONTRACTS.md "Path aliases").
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, TSX_TSCONFIG_PATH: join(REPO_ROOT, 'tsconfig.test.json') },
    stdio: ['ignore', 'inherit', options.stderr ?? 'inherit', 'ipc'],
    // 'advanced' keeps bigint and Map intact across the boundary.
    serialization: 'advanced',
  });
  let next = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void; op: string }>();
  let exited: string | null = null;
  child.on('message', (message: Reply) => {
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.ok) waiter.resolve(message.value);
    else waiter.reject(new Error(`${script} ${waiter.op}: ${message.error}`));
  });
  child.on('exit', (code, signal) => {
    exited = `${script} exited (code ${code}, signal ${signal})`;
    for (const waiter of pending.values()) waiter.reject(new Error(`${exited} during "${waiter.op}"`));
    pending.clear();
  });
  return {
    pid: child.pid ?? -1,
    call<T>(op: string, args?: unknown): Promise<T> {
      if (exited) return Promise.reject(new Error(`${exited}; cannot run "${op}"`));
      const id = next++;
      return new Promise<T>((resolvePromise, reject) => {
        pending.set(id, { resolve: resolvePromise as (v: unknown) => void, reject, op });
        child.send({ id, op, args } satisfies Request);
      });
    },
    async close() {
      if (exited) return;
      const gone = new Promise<void>((r) => child.once('exit', () => r()));
      try {
        await this.call('close');
      } catch {
        // the worker may exit before it answers "close"
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

export type Handlers = Record<string, (args: any) => unknown>;

/** Answers requests from the parent; "close" runs the given handler then exits. */
export function serveWorker(handlers: Handlers): void {
  if (!process.send)
    throw new Error('This file is a bench worker: start it with spawnWorker() (test/bench/worker-protocol.ts).');
  const reply = (message: Reply) => process.send?.(message);
  process.on('message', async (request: Request) => {
    try {
      const handler = handlers[request.op];
      if (!handler) throw new Error(`unknown operation "${request.op}" (known: ${Object.keys(handlers).join(', ')})`);
      const value = await handler(request.args);
      reply({ id: request.id, ok: true, value });
      if (request.op === 'close') setImmediate(() => process.exit(0));
    } catch (error) {
      reply({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
  process.on('disconnect', () => process.exit(0));
}
