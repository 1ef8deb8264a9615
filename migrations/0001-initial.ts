// The first step: records the data-model schema version the app installed with, so later steps can tell an install
// that predates a change from one that already has it.
import type { Migration } from 'migrations/migration';

export const SCHEMA_VERSION_KEY = 'metakocka:schema-version';

const migration: Migration = {
  id: '0001',
  description: 'Record schema version 1 (the data model of the first release).',
  async up(runtime) {
    const current = await runtime.kv.get<number>(SCHEMA_VERSION_KEY);
    if (current !== null && current >= 1) return;
    await runtime.kv.set(SCHEMA_VERSION_KEY, 1);
  },
};

export default migration;
