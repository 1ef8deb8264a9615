// A set of Metakocka ids kept small enough to live in the run state: mk_ids are numeric strings of 10 to 13 digits
// (API.md §3.4) and a scan meets them mostly in long runs of consecutive numbers, so "1600481234~999" stands for a
// thousand of them. Anything else (leading zero, letters) is kept as it is.
export interface IdRuns {
  /** Comma-separated runs: `start` or `start~extra` (start and the `extra` numbers after it). */
  runs: string;
  other: string[];
}

const NUMERIC = /^[1-9]\d{0,17}$/;

export function encodeIdRuns(ids: Iterable<string>): IdRuns {
  const numbers: bigint[] = [];
  const other = new Set<string>();
  for (const id of ids) {
    if (NUMERIC.test(id)) numbers.push(BigInt(id));
    else other.add(id);
  }
  numbers.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const runs: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1]! - numbers[j]! <= 1n) j += 1; // equal neighbours are duplicates
    const extra = numbers[j]! - numbers[i]!;
    runs.push(extra === 0n ? `${numbers[i]}` : `${numbers[i]}~${extra}`);
    i = j + 1;
  }
  return { runs: runs.join(','), other: [...other] };
}

export function decodeIdRuns(encoded: IdRuns): Set<string> {
  const out = new Set(encoded.other);
  for (const run of encoded.runs === '' ? [] : encoded.runs.split(',')) {
    const [start, extra] = run.split('~');
    const first = BigInt(start!);
    for (let k = 0n; k <= BigInt(extra ?? '0'); k += 1n) out.add(String(first + k));
  }
  return out;
}
