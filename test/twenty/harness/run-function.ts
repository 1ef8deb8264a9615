// Runs one built logic function in its own Node process (Twenty runs functions in isolated processes, APPS.md §3.1),
// with only the injected environment, a timeout from the function's timeoutSeconds, and the crash switch.
import { fork } from 'node:child_process';
import { join } from 'node:path';

export interface FunctionRunRequest {
  modulePath: string;
  handlerName: string;
  payload: unknown;
  context: Record<string, unknown>;
  env: Record<string, string>;
  timeoutMs: number;
  crashAfterRequests?: number | null;
  virtualNowMs?: number;
}

export type FunctionOutcome = 'ok' | 'threw' | 'crashed' | 'timeout';

export interface FunctionRunResult {
  outcome: FunctionOutcome;
  value?: unknown;
  error?: { name: string; message: string };
  requests: number;
  maxRssBytes: number;
  stdout: string;
  stderr: string;
}

const PRELOAD = join(__dirname, 'preload.mjs');
const RUNNER = join(__dirname, 'child-runner.mjs');

interface ChildReply {
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string };
  requests: number;
  maxRssKb: number;
}

export function runFunctionInChild(request: FunctionRunRequest): Promise<FunctionRunResult> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...request.env,
    ...(request.crashAfterRequests ? { HARNESS_CRASH_AFTER_REQUESTS: String(request.crashAfterRequests) } : {}),
    ...(request.virtualNowMs ? { HARNESS_VIRTUAL_NOW_MS: String(request.virtualNowMs) } : {}),
  };
  const child = fork(RUNNER, [], { env, execArgv: ['--import', PRELOAD], stdio: ['ignore', 'pipe', 'pipe', 'ipc'], serialization: 'json' });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  return new Promise((resolve) => {
    let reply: ChildReply | null = null;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, request.timeoutMs);
    child.on('message', (message: ChildReply) => (reply = message));
    child.on('close', () => {
      clearTimeout(timer);
      const base = { stdout, stderr, requests: reply?.requests ?? 0, maxRssBytes: (reply?.maxRssKb ?? 0) * 1024 };
      if (reply) {
        resolve(reply.ok ? { ...base, outcome: 'ok', value: reply.value } : { ...base, outcome: 'threw', error: reply.error });
      } else {
        resolve({ ...base, outcome: timedOut ? 'timeout' : 'crashed' });
      }
    });
    child.send({ modulePath: request.modulePath, handlerName: request.handlerName, payload: request.payload, context: request.context });
  });
}
