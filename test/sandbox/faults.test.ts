/** The fault spec of CONTRACTS.md "Sandbox (C)": parsed strictly, decided reproducibly. */
import { FaultInjector, parseFaultSpec } from 'test/sandbox/faults';

describe('parseFaultSpec', () => {
  it('reads the documented example', () => {
    expect(
      parseFaultSpec('timeout:0.05,5xx:0.05,html404:0.01,quota:0.02,malformed:0.01,lost-write:0.05,latency:50'),
    ).toEqual({
      rates: { timeout: 0.05, '5xx': 0.05, html404: 0.01, quota: 0.02, malformed: 0.01, 'lost-write': 0.05 },
      latencyMs: 50,
    });
  });
  it('says what is wrong with a bad spec and what is allowed', () => {
    expect(() => parseFaultSpec('timeouts:0.1')).toThrow(/unknown fault "timeouts".*Known: latency/);
    expect(() => parseFaultSpec('5xx:2')).toThrow(/between 0 and 1/);
    expect(() => parseFaultSpec('latency:-5')).toThrow(/non-negative/);
  });
});

describe('FaultInjector', () => {
  const run = (spec: string) => {
    const f = new FaultInjector(spec, 1);
    return Array.from({ length: 200 }, () => f.before('search') ?? f.after('put_document', true) ?? '-').join(',');
  };
  it('gives the same faults for the same seed and different ones for another', () => {
    const spec = '5xx:0.1,quota:0.1,timeout:0.05,lost-write:0.1,seed:3';
    expect(run(spec)).toBe(run(spec));
    expect(run(spec)).not.toBe(run(spec.replace('seed:3', 'seed:4')));
  });
  it('hits rates roughly as configured and limits faults to the named methods', () => {
    const f = new FaultInjector('5xx:0.2,methods:put_document', 7);
    const hits = Array.from({ length: 2000 }, () => f.before('put_document')).filter((k) => k === '5xx').length;
    expect(hits).toBeGreaterThan(300);
    expect(hits).toBeLessThan(500);
    expect(Array.from({ length: 200 }, () => f.before('search')).every((k) => k === undefined)).toBe(true);
  });
  it('never loses the answer of a read', () => {
    const f = new FaultInjector('lost-write:1', 1);
    expect(f.after('product_list', false)).toBeUndefined();
    expect(f.after('put_document', true)).toBe('lost-write');
  });
});
