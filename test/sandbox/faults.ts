/**
 * Fault injection (CONTRACTS.md "Sandbox (C)"): a comma list such as
 * `timeout:0.05,5xx:0.05,html404:0.01,quota:0.02,malformed:0.01,oversized:0.01,lost-write:0.05,latency:50`.
 * `oversized` pads the real answer (still valid JSON) to OVERSIZED_ANSWER_BYTES, past what the app's client reads.
 * Rates are per call (0..1). Extra keys: `reset:<rate>` (socket destroyed at once), `hold:<ms>` (how long a timeout
 * holds the socket, default 120000), `methods:<m1|m2>` (faults only on these methods), `seed:<n>`.
 * Decisions come from a seeded PRNG in call order, so a run is reproducible.
 */
import { createPrng, type Prng } from './values/prng';

export type FaultKind = 'timeout' | 'reset' | '5xx' | 'html404' | 'quota' | 'malformed' | 'oversized' | 'lost-write';
export const FAULT_KINDS: FaultKind[] = [
  'timeout',
  'reset',
  '5xx',
  'html404',
  'quota',
  'malformed',
  'oversized',
  'lost-write',
];

/** 40 MiB: above the 32 MiB the app's client reads of one answer (server/metakocka/client.ts MAX_ANSWER_BYTES). */
export const OVERSIZED_ANSWER_BYTES = 40 * 2 ** 20;

export interface FaultSpec {
  latencyMs?: number;
  rates?: Partial<Record<FaultKind, number>>;
  /** How long a `timeout` holds the socket before destroying it (ms). */
  holdMs?: number;
  /** Only these methods get faults (latency applies to all). */
  methods?: string[];
  seed?: number;
}

export function parseFaultSpec(spec: string): FaultSpec {
  const out: FaultSpec = { rates: {} };
  for (const part of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [key = '', value = ''] = part.split(':').map((s) => s.trim());
    const n = Number(value);
    if (key === 'latency' || key === 'hold' || key === 'seed') {
      if (!Number.isFinite(n) || n < 0)
        throw new Error(`Fault spec "${part}": ${key} needs a non-negative number, e.g. ${key}:50.`);
      if (key === 'latency') out.latencyMs = n;
      else if (key === 'hold') out.holdMs = n;
      else out.seed = n;
    } else if (key === 'methods') {
      out.methods = value.split('|').filter(Boolean);
    } else if ((FAULT_KINDS as string[]).includes(key)) {
      if (!Number.isFinite(n) || n < 0 || n > 1)
        throw new Error(`Fault spec "${part}": a rate must be between 0 and 1, e.g. ${key}:0.05.`);
      out.rates![key as FaultKind] = n;
    } else {
      throw new Error(
        `Fault spec "${part}": unknown fault "${key}". Known: latency, hold, seed, methods, ${FAULT_KINDS.join(', ')}.`,
      );
    }
  }
  return out;
}

/** Faults decided before the method runs (nothing is applied) and after it (the write happened). */
const BEFORE: FaultKind[] = ['html404', '5xx', 'timeout', 'reset', 'quota'];
const AFTER: FaultKind[] = ['malformed', 'oversized', 'lost-write'];
const AFTER_READ: FaultKind[] = ['malformed', 'oversized'];

export class FaultInjector {
  private spec: FaultSpec = {};
  private prng: Prng;
  private readonly queued: Array<{ kind: FaultKind; method?: string }> = [];

  constructor(
    spec: string | FaultSpec | null | undefined,
    private readonly defaultSeed: number,
  ) {
    this.prng = createPrng(defaultSeed);
    this.set(spec ?? null);
  }

  set(spec: string | FaultSpec | null): void {
    this.spec = spec === null ? {} : typeof spec === 'string' ? parseFaultSpec(spec) : spec;
    this.prng = createPrng(this.spec.seed ?? this.defaultSeed);
  }

  /** The next call (to `method`, if given) gets this fault, whatever the rates say. */
  failNext(kind: FaultKind, method?: string): void {
    this.queued.push({ kind, method });
  }

  latencyMs(): number {
    return this.spec.latencyMs ?? 0;
  }
  holdMs(): number {
    return this.spec.holdMs ?? 120_000;
  }

  private take(method: string, kinds: FaultKind[]): FaultKind | undefined {
    const i = this.queued.findIndex((q) => kinds.includes(q.kind) && (q.method === undefined || q.method === method));
    if (i >= 0) return this.queued.splice(i, 1)[0]!.kind;
    if (this.spec.methods && !this.spec.methods.includes(method)) return undefined;
    const rates = this.spec.rates ?? {};
    if (!kinds.some((k) => rates[k])) return undefined;
    let roll = this.prng.next();
    for (const k of kinds) {
      const r = rates[k] ?? 0;
      if (roll < r) return k;
      roll -= r;
    }
    return undefined;
  }

  before(method: string): FaultKind | undefined {
    return this.take(method, BEFORE);
  }
  /** lost-write applies to writes only; malformed and oversized to any answer. */
  after(method: string, isWrite: boolean): FaultKind | undefined {
    return this.take(method, isWrite ? AFTER : AFTER_READ);
  }
}
