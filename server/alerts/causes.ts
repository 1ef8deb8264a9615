// What alerts are about: causes, not failures. A cause is a stream stopped by a CRITICAL error code, or a stream whose
// last runs all failed. The ledger in kv remembers which causes have been alerted, so a repeat adds nothing, and
// forgets a cause once it is gone, so a cause that comes back alerts again.
import { SYNC_STREAM_SPEC } from 'plugin/constants/select-options';
import type { AlertIssue, AlertRun } from 'server/crm/alert-reads';
import type { KvPort } from 'server/host/kv';

/** The streams as sync issues and runs name them (PARTNERS…). */
export const STREAMS = Object.keys(SYNC_STREAM_SPEC);

export const ALERT_LEDGER_KEY = 'alerts:causes';

export type Cause =
  | { key: string; kind: 'critical'; stream: string; code: string; issues: AlertIssue[] }
  | { key: string; kind: 'failing'; stream: string; runs: AlertRun[] };

export interface LedgerEntry {
  /** When the cause was first seen; with the key it makes the alert's task and delivery ids. */
  since: string;
  /** False until its tasks and webhook delivery were written: a crash in between repeats them, with the same ids. */
  notified: boolean;
}

export type Ledger = Record<string, LedgerEntry>;

export interface CauseInputs {
  openCritical: AlertIssue[];
  /** Newest finished runs per stream, newest first. */
  runsByStream: Record<string, AlertRun[]>;
  failingRunsInARow: number;
}

export function currentCauses(inputs: CauseInputs): Cause[] {
  const critical = new Map<string, Extract<Cause, { kind: 'critical' }>>();
  for (const issue of inputs.openCritical) {
    const code = issue.errorCode ?? 'UNKNOWN';
    const key = `critical:${issue.stream}:${code}`;
    const cause = critical.get(key) ?? { key, kind: 'critical', stream: issue.stream, code, issues: [] };
    cause.issues.push(issue);
    critical.set(key, cause);
  }
  const failing: Cause[] = STREAMS.flatMap((stream) => {
    const runs = (inputs.runsByStream[stream] ?? []).slice(0, inputs.failingRunsInARow);
    const allFailed = runs.length === inputs.failingRunsInARow && runs.every((run) => run.status === 'FAILED');
    return allFailed ? [{ key: `failing:${stream}`, kind: 'failing' as const, stream, runs }] : [];
  });
  return [...critical.values(), ...failing];
}

export const readLedger = async (kv: KvPort): Promise<Ledger> => (await kv.get<Ledger>(ALERT_LEDGER_KEY)) ?? {};

/** Causes still to alert (new, or alerted half-way before a crash), and the ledger with gone causes dropped. */
export function reconcile(
  ledger: Ledger,
  causes: Cause[],
  now: Date,
): { toNotify: Array<{ cause: Cause; since: string }>; next: Ledger } {
  const next: Ledger = {};
  const toNotify: Array<{ cause: Cause; since: string }> = [];
  for (const cause of causes) {
    const entry = ledger[cause.key] ?? { since: now.toISOString(), notified: false };
    next[cause.key] = entry;
    if (!entry.notified) toNotify.push({ cause, since: entry.since });
  }
  return { toNotify, next };
}
