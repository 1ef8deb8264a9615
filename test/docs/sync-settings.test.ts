// docs/sync-settings.md stays the reference: it names every setting the console configures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { SETTING_PATHS } from 'plugin/constants/sync-settings';

const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'sync-settings.md'), 'utf8');

describe('docs/sync-settings.md', () => {
  it.each(SETTING_PATHS)('documents %s', (path) => {
    expect(doc).toContain(`\`${path}\``);
  });
});
