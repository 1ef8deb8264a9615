// What an earlier release leaves in the workspace's key-value store: its settings and the migration steps it applied.
// An upgrade test seeds this, adds its records, then installs the current version over it.
import { MIGRATIONS_KV_KEY } from 'migrations/runner';
import { DEFAULT_SETTINGS } from 'server/settings/schema';
import { SETTINGS_KV_KEY } from 'server/settings/store';
import type { StandIn } from 'test/twenty/stand-in';

/** The migration steps each released version had applied when it was installed. */
const STEPS_OF = {
  '0.1.0': ['0001'],
  '0.2.0': ['0001', '0002', '0003'],
  '0.3.0': ['0001', '0002', '0003', '0005', '0006', '0007'],
} as const;

export type ReleasedVersion = keyof typeof STEPS_OF;

/** Seeds an install of `version` (default settings, its steps recorded as applied); answers those steps' ids. */
export function seedInstalledVersion(standIn: StandIn, version: ReleasedVersion): string[] {
  const steps = [...STEPS_OF[version]];
  standIn.kv.set(SETTINGS_KV_KEY, JSON.parse(JSON.stringify(DEFAULT_SETTINGS)));
  standIn.kv.set(MIGRATIONS_KV_KEY, {
    applied: steps.map((id) => ({
      id,
      description: `step ${id}`,
      appliedAt: '2026-11-20T08:00:00.000Z',
      appVersion: version,
    })),
    lastFailure: null,
  });
  return steps;
}

/** The ids of the migration steps the workspace records as applied, in order. */
export const appliedSteps = (standIn: StandIn): string[] =>
  (standIn.kv.get(MIGRATIONS_KV_KEY) as { applied: Array<{ id: string }> }).applied.map((step) => step.id);
