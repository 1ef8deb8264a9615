// Loaded with `node --import` before a built logic function runs in its child process (see child-runner.mjs).
// 1. Counts outbound fetch() calls, and with HARNESS_CRASH_AFTER_REQUESTS=n kills this process right after the n-th
//    request was answered by the server and before the function sees the answer (a crash between "sent" and "used").
// 2. With HARNESS_VIRTUAL_NOW_MS, starts the process clock at the harness's virtual time, so delays the harness
//    skipped are visible to the function as elapsed time.
const crashAfter = Number(process.env.HARNESS_CRASH_AFTER_REQUESTS ?? '0');
const realFetch = globalThis.fetch;
globalThis.__harnessRequestCount = 0;

globalThis.fetch = async function harnessFetch(...args) {
  globalThis.__harnessRequestCount += 1;
  const sequence = globalThis.__harnessRequestCount;
  const response = await realFetch.apply(this, args);
  if (crashAfter > 0 && sequence === crashAfter) {
    process.kill(process.pid, 'SIGKILL');
    await new Promise(() => {});
  }
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
  globalThis.Date = VirtualDate;
}
