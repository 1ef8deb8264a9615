/**
 * Time source for timestamps, the rate limiter and the latency model. A VirtualClock lets the bench "spend"
 * latency and wait out rate limits without real waiting (issue #4: "a virtual clock so that latency and rate
 * limits cost no real time").
 */
export interface Clock {
  now(): number;
  /** Lets `ms` pass. The virtual clock jumps; the real clock sleeps. */
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

export class VirtualClock implements Clock {
  private current: number;
  constructor(start: Date | number = Date.parse('2026-11-25T17:00:00.000Z')) {
    this.current = typeof start === 'number' ? start : start.getTime();
  }
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`VirtualClock.advance needs a non-negative number of ms, got ${ms}`);
    this.current += ms;
  }
  async sleep(ms: number): Promise<void> {
    this.advance(Math.max(0, ms));
  }
  /** A `() => Date` view, the shape the Metakocka sandbox takes (CONTRACTS.md "Sandbox (C)"). */
  asDate = (): Date => new Date(this.current);
}
