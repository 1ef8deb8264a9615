// Runs the upgrade steps the kv record has not seen, in order. A failing step stops the chain and is recorded with its
// error; it and everything after it run again on the next upgrade (or the next retry of the post-install job).
import { SyncError } from 'server/errors';
import type { AppRuntime } from 'server/host/runtime';

import { assertMigrationList, type Migration } from 'migrations/migration';

export const MIGRATIONS_KV_KEY = 'metakocka:migrations';

export interface AppliedStep {
  id: string;
  description: string;
  appliedAt: string;
  appVersion: string | null;
}

export interface FailedStep {
  id: string;
  message: string;
  code: string | null;
  retryable: boolean;
  failedAt: string;
  attempts: number;
}

export interface MigrationRecord {
  applied: AppliedStep[];
  lastFailure: FailedStep | null;
}

export interface MigrationReport {
  ran: string[];
  alreadyApplied: string[];
  failed: FailedStep | null;
  notRun: string[];
}

export async function readMigrationRecord(runtime: AppRuntime): Promise<MigrationRecord> {
  const stored = await runtime.kv.get<Partial<MigrationRecord>>(MIGRATIONS_KV_KEY);
  return { applied: Array.isArray(stored?.applied) ? stored.applied : [], lastFailure: stored?.lastFailure ?? null };
}

const failureOf = (step: Migration, error: unknown, previous: FailedStep | null, at: string): FailedStep => ({
  id: step.id,
  // SyncError messages are written to be shown; anything else is reduced to its class so no secret can ride along.
  message:
    error instanceof SyncError
      ? error.message
      : `${error instanceof Error ? error.name : 'Error'} in migration ${step.id}`,
  code: error instanceof SyncError ? error.code : null,
  retryable: error instanceof SyncError ? error.retryable : false,
  failedAt: at,
  attempts: previous?.id === step.id ? previous.attempts + 1 : 1,
});

export async function runMigrations(
  migrations: Migration[],
  runtime: AppRuntime,
  appVersion: string | null,
): Promise<MigrationReport> {
  assertMigrationList(migrations);
  let record = await readMigrationRecord(runtime);
  const seen = new Set(record.applied.map((step) => step.id));
  const report: MigrationReport = {
    ran: [],
    alreadyApplied: migrations.filter((step) => seen.has(step.id)).map((step) => step.id),
    failed: null,
    notRun: [],
  };
  const pending = migrations.filter((step) => !seen.has(step.id));
  for (const [index, step] of pending.entries()) {
    try {
      await step.up(runtime);
    } catch (error) {
      const failure = failureOf(step, error, record.lastFailure, runtime.clock.now().toISOString());
      await runtime.kv.set(MIGRATIONS_KV_KEY, { ...record, lastFailure: failure });
      runtime.log.error('Migration failed; later steps wait for the next upgrade', { migration: step.id, error });
      return { ...report, failed: failure, notRun: pending.slice(index + 1).map((next) => next.id) };
    }
    const applied: AppliedStep = {
      id: step.id,
      description: step.description,
      appliedAt: runtime.clock.now().toISOString(),
      appVersion,
    };
    // Saved after each step, so a crash repeats at most the step that was running (hence idempotent steps).
    record = { applied: [...record.applied, applied], lastFailure: null };
    await runtime.kv.set(MIGRATIONS_KV_KEY, record);
    report.ran.push(step.id);
    runtime.log.info('Migration applied', { migration: step.id });
  }
  return report;
}
