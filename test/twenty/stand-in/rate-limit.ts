/**
 * Per-workspace token buckets exactly as captured (README "Key limits", h1 notes): a burst of `burst` tokens;
 * since the last SUCCESSFUL request, floor(elapsed * burst / perMs) tokens come back (capped at burst) and the
 * refill time is reset on every success, so gaps shorter than perMs/burst earn nothing. One token per root
 * resolver; /graphql and /rest share the buckets; /metadata is not throttled.
 */
export interface BucketSpec {
  burst: number;
  perMs: number;
}

class Bucket {
  private tokens: number;
  private lastRefillAt: number | null = null;
  constructor(readonly spec: BucketSpec) {
    this.tokens = spec.burst;
  }
  available(now: number): number {
    if (this.lastRefillAt === null) return this.tokens;
    const refill = Math.floor(((now - this.lastRefillAt) * this.spec.burst) / this.spec.perMs);
    return Math.min(this.spec.burst, this.tokens + refill);
  }
  take(now: number): void {
    this.tokens = this.available(now) - 1;
    this.lastRefillAt = now;
  }
}

export class RateLimiter {
  private readonly buckets: Bucket[];
  constructor(specs: BucketSpec[]) {
    this.buckets = specs.map((s) => new Bucket(s));
  }
  /** Takes one token from every bucket, or returns the bucket that is empty (nothing is taken then). */
  consume(now: number): BucketSpec | null {
    // The long bucket is reported first: it is the one that trips in practice (h1 "100 tokens per 60000 ms").
    const empty = [...this.buckets].sort((a, b) => b.spec.perMs - a.spec.perMs).find((b) => b.available(now) < 1);
    if (empty) return empty.spec;
    for (const b of this.buckets) b.take(now);
    return null;
  }
}

/** README "Key limits": API keys get 100 per 60 s plus a short bucket of 100 per 1 s. */
export const API_KEY_BUCKETS: BucketSpec[] = [
  { burst: 100, perMs: 60_000 },
  { burst: 100, perMs: 1_000 },
];
/** APPS.md §3.4 / §8: 500 Twenty API calls per minute per app (APPLICATION_API_RATE_LIMITING_*). */
export const APP_TOKEN_BUCKETS: BucketSpec[] = [{ burst: 500, perMs: 60_000 }];
