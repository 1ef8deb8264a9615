// Every front component renders through inLanguage (ui/shared/in-language.tsx), so it shows nothing until the
// member's language is read and then speaks it (issue 15 item 1); a new screen that forgets fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FOLDER = resolve(__dirname, '..', '..', 'plugin', 'front-components');

describe('front components', () => {
  it('are each defined with component: inLanguage(...)', () => {
    const files = readdirSync(FOLDER).filter((name) => name.endsWith('.front-component.tsx'));
    expect(files.length).toBeGreaterThan(10);
    const bare = files.filter(
      (name) => !/\bcomponent: inLanguage\(\w+\)/.test(readFileSync(join(FOLDER, name), 'utf8')),
    );
    expect(bare).toEqual([]);
  });
});
