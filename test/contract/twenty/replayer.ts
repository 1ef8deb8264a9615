/**
 * Sends recorded requests (contract/examples/*.json) to a running stand-in. The stand-in's id generator is fed
 * with the ids the real server returned, so later requests that name those ids replay unchanged and id order
 * (the default sort) is the same as on the real server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalise, recordIds, type NormaliseOptions } from './compare';
import type { StandIn, VirtualClock } from 'test/twenty/stand-in/index';

export const EXAMPLES_DIR = join(__dirname, 'examples');

export interface Exchange {
  endpoint: string;
  request: { query?: string; variables?: unknown; method?: string; url?: string; headers?: Record<string, string> };
  response: unknown;
  httpStatus?: number;
  requestHeaders?: Record<string, string>;
  context?: Record<string, unknown>;
  notes?: string;
}

export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function loadExample(prefix: string): { file: string; example: Exchange } {
  const file = exampleFiles().find((f) => f === `${prefix}.json` || f.startsWith(`${prefix}-`));
  if (!file) throw new Error(`No contract example ${prefix}-*.json in ${EXAMPLES_DIR}`);
  return { file, example: JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as Exchange };
}

const FAKE_JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwid29ya3NwYWNlSWQiOiJ4In0.c2lnbmF0dXJlLXdyb25n';

export class Replayer {
  readonly idQueue: string[] = [];
  /** Recorded id -> stand-in id, learnt by walking recorded and replayed answers side by side (metadata ids differ). */
  readonly idMap = new Map<string, string>();

  constructor(
    readonly standIn: StandIn,
    readonly clock: VirtualClock,
    /** Gap between requests; the capture was paced at 0.65 s so the bucket stayed full (README "How this was captured"). */
    private readonly pacingMs = 650,
  ) {}

  nextId = (): string | undefined => this.idQueue.shift();

  private knownId(id: string): boolean {
    for (const name of this.standIn.model.objects.keys()) if (this.standIn.store.get(name, id)) return true;
    return false;
  }

  /** Sends one recorded exchange as the real client did; returns status and parsed body. */
  async send(exchange: Exchange, opts: { pace?: boolean } = {}): Promise<{ status: number; body: unknown }> {
    if (opts.pace !== false) this.clock.advance(this.pacingMs);
    this.idQueue.length = 0;
    for (const id of recordIds(exchange.response))
      if (!this.knownId(id) && !this.idQueue.includes(id)) this.idQueue.push(id);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const recorded = exchange.requestHeaders ?? exchange.request.headers;
    const auth = recorded ? (recorded.Authorization ?? recorded.authorization) : 'Bearer <API_KEY>';
    if (auth) headers.authorization = auth.replace('<API_KEY>', this.standIn.apiKey).replace('<JWT>', FAKE_JWT);
    const query = exchange.request.query === undefined ? undefined : this.translate(exchange.request.query);
    const variables =
      exchange.request.variables == null
        ? undefined
        : JSON.parse(this.translate(JSON.stringify(exchange.request.variables)));
    let res: Response;
    if (exchange.request.method && exchange.request.url) {
      res = await fetch(`${this.standIn.url}${exchange.request.url}`, { method: exchange.request.method, headers });
    } else {
      res = await fetch(`${this.standIn.url}${exchange.endpoint}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
    }
    const body: unknown = await res.json();
    this.learn(exchange.response, body);
    return { status: res.status, body };
  }

  private translate(text: string): string {
    let out = text;
    for (const [from, to] of this.idMap) out = out.split(from).join(to);
    return out;
  }

  private learn(recorded: unknown, actual: unknown): void {
    if (Array.isArray(recorded) && Array.isArray(actual)) {
      recorded.forEach((r, i) => this.learn(r, actual[i]));
    } else if (recorded && actual && typeof recorded === 'object' && typeof actual === 'object') {
      for (const [k, v] of Object.entries(recorded)) {
        const mine = (actual as Record<string, unknown>)[k];
        if (k === 'id' && typeof v === 'string' && typeof mine === 'string' && v !== mine) this.idMap.set(v, mine);
        else this.learn(v, mine);
      }
    }
  }

  /** Plain GraphQL call with the API key (interludes that recreate unrecorded steps). */
  async gql(
    query: string,
    variables?: unknown,
    endpoint = '/graphql',
  ): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
    this.clock.advance(this.pacingMs);
    const res = await fetch(`${this.standIn.url}${endpoint}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.standIn.apiKey}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  }
}

export function comparable(
  exchange: Exchange,
  body: unknown,
  opts: NormaliseOptions,
): { expected: unknown; actual: unknown } {
  const o = { maskUuids: exchange.endpoint === '/metadata', ...opts };
  return { expected: normalise(exchange.response, o), actual: normalise(body, o) };
}
