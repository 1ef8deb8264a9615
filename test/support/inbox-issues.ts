// Sync issues seeded straight into the Twenty stand-in for the issue-inbox tests (issue 17 "Done when": 10,000 of
// them): a fixed mix of streams, codes, severities and records, so each test can say exactly which ones a filter
// matches. Issue i is deterministic; `expected(n, predicate)` counts the matching ones the same way.
import type { StandIn } from 'test/twenty/stand-in';

export interface SeededIssue {
  issueKey: string;
  name: string;
  kind: 'ERROR' | 'CONFLICT';
  status: 'OPEN' | 'RESOLVED' | 'IGNORED';
  severity: string;
  stream: string;
  errorCode: string;
  causeKey: string;
  recordObject: string;
  recordName: string;
  metakockaId: string;
  message: string;
  suggestedAction: string;
  attempts: number;
  firstSeenAt: string;
  lastSeenAt: string;
  conflictField: string | null;
}

const CODES = [
  { errorCode: 'MK_VALIDATION', field: 'taxNumber', severity: 'ERROR', stream: 'PARTNERS', object: 'company' },
  { errorCode: 'MK_REFUSED', field: null, severity: 'ERROR', stream: 'DOCUMENTS', object: 'metakockaSalesDocument' },
  { errorCode: 'MK_ITEM_UNREADABLE', field: null, severity: 'ERROR', stream: 'PRODUCTS', object: 'metakockaProduct' },
  { errorCode: 'UNIQUE_CLASH', field: null, severity: 'ERROR', stream: 'PARTNERS', object: 'person' },
  { errorCode: 'MK_QUOTA', field: null, severity: 'CRITICAL', stream: 'PRODUCTS', object: 'run' },
  {
    errorCode: 'TOTALS_MISMATCH',
    field: null,
    severity: 'WARNING',
    stream: 'DOCUMENTS',
    object: 'metakockaSalesDocument',
  },
  { errorCode: 'CONFLICT', field: 'name', severity: 'WARNING', stream: 'PARTNERS', object: 'company' },
] as const;

const TOWNS = ['Ljubljana', 'Maribor', 'Celje', 'Kranj', 'Koper', 'Novo mesto', 'Ptuj'];

export function issueAt(i: number): SeededIssue {
  const code = CODES[i % CODES.length]!;
  const status = i % 10 === 9 ? 'RESOLVED' : i % 10 === 8 ? 'IGNORED' : 'OPEN';
  const seen = new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString();
  const recordName = `${TOWNS[i % TOWNS.length]} d.o.o. ${i}`;
  const conflict = code.errorCode === 'CONFLICT';
  return {
    issueKey: `seed:${i}`,
    name: `${code.object} ${1_000_000 + i}: ${code.errorCode}`,
    kind: conflict ? 'CONFLICT' : 'ERROR',
    status,
    severity: code.severity,
    stream: code.stream,
    errorCode: code.errorCode,
    causeKey: code.field ? `${code.errorCode}:${code.field}` : code.errorCode,
    recordObject: code.object,
    recordName,
    metakockaId: String(1_000_000 + i),
    message: conflict
      ? `"name" changed in both Twenty and Metakocka since the last sync; nothing was written on either side.`
      : `Metakocka refused record ${1_000_000 + i} (${code.errorCode}).`,
    suggestedAction: 'See the issue inbox.',
    attempts: 1 + (i % 4),
    firstSeenAt: seen,
    lastSeenAt: seen,
    conflictField: conflict ? 'name' : null,
  };
}

export function seedIssues(standIn: Pick<StandIn, 'seed'>, count: number, from = 0): void {
  const batch: SeededIssue[] = [];
  for (let i = from; i < from + count; i++) batch.push(issueAt(i));
  standIn.seed('metakockaSyncIssue', batch as unknown as Record<string, unknown>[]);
}

/** How many of issues 0..count-1 match. */
export const expected = (count: number, matches: (issue: SeededIssue) => boolean): number => {
  let n = 0;
  for (let i = 0; i < count; i++) if (matches(issueAt(i))) n++;
  return n;
};
