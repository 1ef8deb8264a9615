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
  /** Only requests whose name matches this regex source count towards crashAfterRequests (preload.mjs). */
  crashCountOnly?: string;
  virtualNowMs?: number;
}

export type FunctionOutcome = 'ok' | 'threw' | 'crashed' | 'timeout';

export interface FunctionRunResult {
  outcome: FunctionOutcome;
  value?: unknown;
  error?: { name: string; message: string };
  requests: number;
  /** Each request of the run, "POST /graphql createCompanies" (preload.mjs); for a run the crash switch killed, up to the kill. */
  requestLog: string[];
  maxRssBytes: number;
  stdout: string;
  stderr: string;
}

const PRELOAD = join(__dirname, 'preload.mjs');
/** The line preload.mjs writes to stderr just before the crash switch kills the child: the requests it made. */
const CRASH_LOG_PREFIX = '__harness_crash_log__ ';

/** Splits the crash switch's request log out of a killed child's stderr. */
function crashLogOf(stderr: string): { stderr: string; requestLog: string[] | null } {
  const at = stderr.lastIndexOf(`\n${CRASH_LOG_PREFIX}`);
  if (at < 0) return { stderr, requestLog: null };
  const line = stderr.slice(at + 1 + CRASH_LOG_PREFIX.length).split('\n')[0] ?? '[]';
  try {
    return { stderr: stderr.slice(0, at), requestLog: JSON.parse(line) as string[] };
  } catch {
    return { stderr, requestLog: null };
  }
}
const RUNNER = join(__dirname, 'child-runner.mjs');

interface ChildReply {
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string };
  requests: number;
  requestLog?: string[];
  maxRssKb: number;
}

export function runFunctionInChild(request: FunctionRunRequest): Promise<FunctionRunResult> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...request.env,
    ...(request.crashAfterRequests !== undefined && request.crashAfterRequests !== null
      ? { HARNESS_CRASH_AFTER_REQUESTS: String(request.crashAfterRequests) }
      : {}),
    ...(request.crashCountOnly ? { HARNESS_CRASH_COUNT_ONLY: request.crashCountOnly } : {}),
    ...(request.virtualNowMs ? { HARNESS_VIRTUAL_NOW_MS: String(request.virtualNowMs) } : {}),
  };
  // HARNESS_CHILD_EXEC_ARGV="--heap-prof --heap-prof-dir=/tmp/hp" profiles every function run (how a job's memory was found).
  const extraArgs = (process.env.HARNESS_CHILD_EXEC_ARGV ?? '').split(' ').filter(Boolean);
  const child = fork(RUNNER, [], {
    env,
    execArgv: ['--import', PRELOAD, ...extraArgs],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'json',
  });
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
      const crash = crashLogOf(stderr);
      const requestLog = reply?.requestLog ?? crash.requestLog ?? [];
      const base = {
        stdout,
        stderr: crash.stderr,
        requests: reply?.requests ?? requestLog.length,
        requestLog,
        maxRssBytes: (reply?.maxRssKb ?? 0) * 1024,
      };
      if (reply) {
        resolve(
          reply.ok ? { ...base, outcome: 'ok', value: reply.value } : { ...base, outcome: 'threw', error: reply.error },
        );
      } else {
        resolve({ ...base, outcome: timedOut ? 'timeout' : 'crashed' });
      }
    });
    child.send({
      modulePath: request.modulePath,
      handlerName: request.handlerName,
      payload: request.payload,
      context: request.context,
    });
  });
}
