// Seen ids in the run state: exact round trip, and consecutive mk_ids stored as one run.
import fc from 'fast-check';
import { decodeIdRuns, encodeIdRuns } from 'server/sync/id-runs';

const mkId = fc.bigInt({ min: 1_000_000_000n, max: 9_999_999_999_999n }).map(String);
const odd = fc.oneof(
  fc.constant('0123'),
  fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !/^[1-9]\d*$/.test(s) && !s.includes(',')),
);

describe('id runs', () => {
  it('gives back exactly the ids it was given, whatever they are', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            mkId,
            odd,
            mkId.map((id) => String(BigInt(id) + 1n)),
          ),
          { maxLength: 300 },
        ),
        (ids) => {
          expect(decodeIdRuns(encodeIdRuns(ids))).toEqual(new Set(ids));
        },
      ),
    );
  });

  it('keeps a thousand consecutive product ids as one short run', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => String(1_600_481_234n + BigInt(i))).reverse();
    const encoded = encodeIdRuns([...ids, ids[5]!]);
    expect(encoded).toEqual({ runs: '1600481234~999', other: [] });
    expect(decodeIdRuns(encoded).size).toBe(1000);
  });
});
