// Loaded with `node --import` before a built logic function runs in its child process (see child-runner.mjs).
// 1. Counts (and names) outbound fetch() calls. With HARNESS_CRASH_AFTER_REQUESTS=n it kills this process right after
//    the n-th request was answered by the server and before the function sees the answer (a crash between "sent" and
//    "used"); n=0 kills it as its first request is about to leave. With HARNESS_CRASH_COUNT_ONLY=<regex> only requests
//    whose name (describeRequest) matches count towards n. Before dying it writes the requests it made to
//    stderr (CRASH_LOG_PREFIX line), synchronously, so the harness can say where the run died.
// 2. With HARNESS_VIRTUAL_NOW_MS, starts the process clock at the harness's virtual time, so delays the harness
//    skipped are visible to the function as elapsed time.
import { writeSync } from 'node:fs';

const CRASH_LOG_PREFIX = '__harness_crash_log__ ';
const crashAfter =
  process.env.HARNESS_CRASH_AFTER_REQUESTS === undefined ? null : Number(process.env.HARNESS_CRASH_AFTER_REQUESTS);
const countOnly = process.env.HARNESS_CRASH_COUNT_ONLY ? new RegExp(process.env.HARNESS_CRASH_COUNT_ONLY) : null;
let counted = 0;
const realFetch = globalThis.fetch;
globalThis.__harnessRequestCount = 0;

globalThis.__harnessRequestLog = [];

/** "POST /graphql createCompanies", "POST /rest/eshop/v1/json/product_list": what a crash point hit, for test reports. */
function describeRequest(input, init) {
  try {
    const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url);
    const method = (
      init?.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET')
    ).toUpperCase();
    const body = typeof init?.body === 'string' ? init.body : '';
    const query = body.startsWith('{') ? JSON.parse(body).query : undefined;
    const root = typeof query === 'string' ? /\{\s*(?:\w+\s*:\s*)?(\w+)/.exec(query)?.[1] : undefined;
    return `${method} ${url.pathname}${root ? ` ${root}` : ''}`;
  } catch {
    return 'unknown request';
  }
}

function die() {
  writeSync(2, `\n${CRASH_LOG_PREFIX}${JSON.stringify(globalThis.__harnessRequestLog)}\n`);
  process.kill(process.pid, 'SIGKILL');
  return new Promise(() => {});
}

globalThis.fetch = async function harnessFetch(...args) {
  const name = describeRequest(args[0], args[1]);
  const counts = crashAfter !== null && (countOnly === null || countOnly.test(name));
  if (counts && crashAfter === 0) return die();
  globalThis.__harnessRequestCount += 1;
  globalThis.__harnessRequestLog.push(name);
  if (counts) counted += 1;
  const response = await realFetch.apply(this, args);
  if (counts && counted === crashAfter) return die();
  return response;
};

const virtualNow = Number(process.env.HARNESS_VIRTUAL_NOW_MS ?? '');
if (Number.isFinite(virtualNow) && virtualNow > 0) {
  const RealDate = Date;
  const offsetMs = virtualNow - RealDate.now();
  class VirtualDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offsetMs);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offsetMs;
    }
  }
  // Libraries that wrap every Date method by name (@date-fns/tz's TZDate walks Object.getOwnPropertyNames of
  // Date.prototype) must find them on the subclass's prototype too, or a zoned date answers in UTC.
  for (const name of Object.getOwnPropertyNames(RealDate.prototype)) {
    if (name !== 'constructor')
      Object.defineProperty(VirtualDate.prototype, name, Object.getOwnPropertyDescriptor(RealDate.prototype, name));
  }
  globalThis.Date = VirtualDate;
}
