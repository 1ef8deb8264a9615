// The shape of one upgrade step (STYLE.md §2.9): a numbered id, a sentence for the record, and an idempotent up().
import type { AppRuntime } from 'server/host/runtime';

export interface Migration {
  /** Four digits, in the file name too: migrations/0003-split-document-totals.ts has id '0003'. */
  id: string;
  description: string;
  /** Must be idempotent: a step can run again after a crash between its work and the record of it. */
  up(runtime: AppRuntime): Promise<void>;
}

export const MIGRATION_ID_PATTERN = /^\d{4}$/;

/** Refuses a list with a malformed, repeated or out-of-order id, before anything runs. */
export function assertMigrationList(migrations: Migration[]): void {
  migrations.forEach((migration, index) => {
    if (!MIGRATION_ID_PATTERN.test(migration.id)) {
      throw new Error(
        `Migration id "${migration.id}" is not four digits; name the file NNNN-what-it-does.ts and export id 'NNNN'.`,
      );
    }
    const previous = migrations[index - 1];
    if (previous && previous.id >= migration.id) {
      throw new Error(
        `Migration ${migration.id} is listed after ${previous.id}; keep migrations/index.ts in ascending id order with no repeats.`,
      );
    }
  });
}
