// `npm run manifest:check` must catch a data-model change that was not regenerated into plugin.manifest.json.
// Runs in a temporary copy of the repository (node_modules symlinked), never in the live tree.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { repoRoot } from 'test/plugin/built-manifest';

const COPIED = ['plugin', 'server', 'ui', 'migrations', 'public', 'scripts', 'package.json', 'tsconfig.json'];

// A field added by a developer who forgot `npm run manifest`.
const NEW_FIELD = `import { defineField, FieldType } from 'twenty-sdk/define';
export default defineField({
  universalIdentifier: '0f8c3f0e-4a51-4b7e-9d2c-6e1f2a3b4c5d',
  objectUniversalIdentifier: '20202020-b374-4779-a561-80086cb2e17f',
  name: 'metakockaForgottenField',
  label: 'Forgotten field',
  type: FieldType.TEXT,
  isNullable: true,
});
`;

let copy: string;

const manifestScript = (command: 'write' | 'check') =>
  spawnSync(process.execPath, [join(copy, 'scripts', 'manifest.mjs'), command], { cwd: copy, encoding: 'utf8' });

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'metakocka-manifest-check-'));
  for (const entry of COPIED) {
    if (existsSync(join(repoRoot, entry))) cpSync(join(repoRoot, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('manifest:check', () => {
  it('passes right after `npm run manifest`', () => {
    const written = manifestScript('write');
    expect({ status: written.status, stderr: written.stderr }).toMatchObject({ status: 0 });
    const checked = manifestScript('check');
    expect({ status: checked.status, stdout: checked.stdout }).toEqual({
      status: 0,
      stdout: 'plugin.manifest.json is current.\n',
    });
  }, 900_000);

  it('fails, naming the new field and the fix, when a field is added without regenerating', () => {
    writeFileSync(join(copy, 'plugin', 'fields', 'company-metakocka-forgotten-field.field.ts'), NEW_FIELD);
    const checked = manifestScript('check');
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain('plugin.manifest.json is stale');
    expect(checked.stderr).toContain('fieldsOnOtherObjects.company.metakockaForgottenField');
    expect(checked.stderr).toContain('npm run manifest');
  }, 900_000);
});
