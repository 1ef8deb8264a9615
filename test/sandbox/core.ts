/**
 * The transport-independent heart of the sandbox: routing by path family, authentication, the response envelope,
 * the per-company search lane and fault injection. http-server.ts and msw.ts only carry bytes to and from it.
 */
import { FaultInjector, OVERSIZED_ANSWER_BYTES, type FaultKind, type FaultSpec } from './faults';
import { MkFail } from './store/mk-fail';
import type { SandboxStore } from './store/store';
import { ROUTES, parsePath, servesFamily, type Family } from './routes';
import type { Body } from './values/body';

export interface SandboxRequest {
  method: string;
  path: string;
  contentType?: string | null;
  body: string;
}

export type SandboxOutcome =
  | { kind: 'reply'; status: number; contentType: string; body: string | Uint8Array }
  /** Say nothing and keep the connection open for holdMs (a timeout from the client's side), then drop it. */
  | { kind: 'hang'; holdMs: number }
  /** Drop the connection at once. */
  | { kind: 'reset' };

export interface CallLog {
  total(): number;
  byMethod(): Record<string, number>;
  log: Array<{ method: string; family: Family; at: number }>;
}

export interface SearchLaneStats {
  /** Searches running right now (never above 1: searches are serialised per company, API.md §4). */
  inFlight: number;
  maxInFlight: number;
  /** Searches that had to wait for an earlier one. */
  waited: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The HTML page Metakocka answers for wrong or unknown paths (API.md §1.1, §5.1). */
const HTML_404 =
  '<!DOCTYPE html><html><head><title>404 - Not Found</title></head><body><h1>HTTP Status 404 - Not Found</h1>' +
  '<p>The requested resource is not available.</p><hr/><h3>Metakocka</h3></body></html>';
const HTML_503 =
  '<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1>' +
  '<p>Metakocka is being upgraded. Please try again later.</p></body></html>';

const html = (status: number, body: string): SandboxOutcome => ({
  kind: 'reply',
  status,
  contentType: 'text/html;charset=UTF-8',
  body,
});
const json = (payload: unknown): SandboxOutcome => ({
  kind: 'reply',
  status: 200,
  contentType: 'application/json;charset=UTF-8',
  body: JSON.stringify(payload),
});

export class SandboxCore {
  readonly faults: FaultInjector;
  readonly searchLane: SearchLaneStats = { inFlight: 0, maxInFlight: 0, waited: 0 };
  readonly calls: CallLog;
  private readonly callLog: CallLog['log'] = [];
  private lane: Promise<void> = Promise.resolve();
  private pendingSearches = 0;

  constructor(
    readonly store: SandboxStore,
    readonly companyId: string,
    private readonly secretKey: string,
    faults: string | FaultSpec | null | undefined,
    seed: number,
  ) {
    this.faults = new FaultInjector(faults, seed);
    const log = this.callLog;
    this.calls = {
      log,
      total: () => log.length,
      byMethod: () =>
        log.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.method]: (acc[c.method] ?? 0) + 1 }), {}),
    };
  }

  /** The key this company accepts; for the code that started the sandbox (tests, CLI), never for answers or logs. */
  secretKeyForOwner(): string {
    return this.secretKey;
  }
  setFaults(spec: string | FaultSpec | null): void {
    this.faults.set(spec);
  }
  failNext(kind: FaultKind, method?: string): void {
    this.faults.failNext(kind, method);
  }

  async handle(req: SandboxRequest): Promise<SandboxOutcome> {
    const started = Date.now();
    const path = req.path.split('?')[0] ?? '';
    const parsed = parsePath(path);
    const route = parsed ? ROUTES[parsed.method] : undefined;
    if (parsed) this.callLog.push({ method: parsed.method, family: parsed.family, at: started });
    if (this.faults.latencyMs() > 0) await sleep(this.faults.latencyMs());
    // Unknown methods and methods called on the wrong family get an HTML 404 page (API.md §1.1, §6 item 1).
    if (!parsed || !route || !servesFamily(route, parsed.family)) return html(404, HTML_404);
    if (req.method.toUpperCase() !== 'POST')
      return html(405, HTML_404.replace(/404 - Not Found/g, '405 - Method Not Allowed'));
    const before = this.faults.before(parsed.method);
    if (before === 'html404') return html(404, HTML_404);
    if (before === '5xx') return html(503, HTML_503);
    if (before === 'timeout') return { kind: 'hang', holdMs: this.faults.holdMs() };
    if (before === 'reset') return { kind: 'reset' };
    const answer = await this.answer(req, parsed.method, before === 'quota', started);
    const after = this.faults.after(parsed.method, route.write);
    if (after === 'lost-write') return { kind: 'reset' }; // applied, but the client never hears so (API.md §5.1)
    if (after === 'malformed' && answer.kind === 'reply' && typeof answer.body === 'string') {
      // Broken JSON, as the vendor's own examples sometimes are (API.md §6 item 28).
      return { ...answer, body: answer.body.slice(0, Math.max(1, Math.floor(answer.body.length / 2))) };
    }
    if (after === 'oversized' && answer.kind === 'reply' && typeof answer.body === 'string') {
      const padding = 'x'.repeat(Math.max(0, OVERSIZED_ANSWER_BYTES - answer.body.length));
      return { ...answer, body: answer.body.replace(/}\s*$/, `,"padding":"${padding}"}`) };
    }
    return answer;
  }

  private async answer(req: SandboxRequest, method: string, quota: boolean, started: number): Promise<SandboxOutcome> {
    const fail = (e: MkFail) =>
      json({ opr_code: e.oprCode, opr_desc: e.oprDesc, opr_time_ms: String(Date.now() - started) });
    // Every call is a POST with a JSON body (API.md §1.2).
    if (!(req.contentType ?? '').toLowerCase().includes('application/json')) {
      return fail(new MkFail('2', 'Content-Type must be application/json.'));
    }
    let body: Body;
    try {
      const parsed: unknown = JSON.parse(req.body);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      body = parsed as Body;
    } catch {
      return fail(new MkFail('2', 'Request body is not a valid JSON object.'));
    }
    // secret_key + company_id in the body, on every call (API.md §1.2); wrong ones answer opr_code 3 (§5.2, §9).
    if (String(body.secret_key ?? '') !== this.secretKey || String(body.company_id ?? '') !== this.companyId) {
      return fail(new MkFail('3', 'Wrong secret_key or company_id.'));
    }
    // opr_code 4: an IP allow-list exists per company (API.md §1.2, §5.2; the text is UNCONFIRMED).
    if (this.store.settings.ipBlocked)
      return fail(new MkFail('4', 'Access from this IP address is not allowed for the company.'));
    if (quota) return fail(new MkFail('5', 'Quote exceeds')); // opr_code 5 = too many calls (API.md §4, §5.2)
    try {
      const result =
        method === 'search'
          ? await this.inSearchLane(() => ROUTES.search!.handler({ store: this.store, body }))
          : await ROUTES[method]!.handler({ store: this.store, body });
      if ('file' in result)
        return { kind: 'reply', status: 200, contentType: result.file.contentType, body: result.file.data };
      const time = String(Date.now() - started);
      // Partner methods are documented without opr_code on success (API.md §1.3).
      const bare = result.bareSuccess && this.store.settings.partnerOprCode === 'omit';
      return json(bare ? { opr_time_ms: time, ...result.json } : { opr_code: '0', opr_time_ms: time, ...result.json });
    } catch (e) {
      if (e instanceof MkFail) return fail(e);
      // An unexpected sandbox error looks like Metakocka's own internal error (API.md §5.2 code 1).
      return fail(new MkFail('1', `Internal server error. (${(e as Error).message})`));
    }
  }

  /** Searches for one company run one at a time; later ones queue (API.md §4, §6 item 22). */
  private async inSearchLane<T>(run: () => T | Promise<T>): Promise<T> {
    if (this.pendingSearches > 0) this.searchLane.waited += 1;
    this.pendingSearches += 1;
    const previous = this.lane;
    let release!: () => void;
    this.lane = new Promise<void>((r) => {
      release = r;
    });
    await previous;
    this.searchLane.inFlight += 1;
    this.searchLane.maxInFlight = Math.max(this.searchLane.maxInFlight, this.searchLane.inFlight);
    try {
      if (this.store.settings.searchWorkMs > 0) await sleep(this.store.settings.searchWorkMs);
      return await run();
    } finally {
      this.searchLane.inFlight -= 1;
      this.pendingSearches -= 1;
      release();
    }
  }
}
