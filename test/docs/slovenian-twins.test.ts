// Training material in both languages (issue 20 item 4): every English guide has a Slovenian twin under docs/sl/ with
// the same sections (so a help link maps section for section), written in Slovenian, and the README links both.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { headings } from 'test/docs/headings';

const ROOT = resolve(__dirname, '../..');
const GUIDES = ['quick-start.md', 'admin-guide.md', 'user-guide.md', 'reports.md'];

const sections = (path: string) => headings(path).map((heading) => heading.level);

describe('Slovenian twins of the guides', () => {
  it.each(GUIDES)('docs/%s has a Slovenian twin with the same sections, at the same levels', (guide) => {
    const english = join(ROOT, 'docs', guide);
    const slovenian = join(ROOT, 'docs/sl', guide);
    expect(existsSync(slovenian)).toBe(true);
    expect(sections(slovenian)).toEqual(sections(english));
    // Written in Slovenian: its headings differ from the English ones and the text uses Slovenian letters.
    const englishTitles = new Set(headings(english).map((heading) => heading.text));
    expect(headings(slovenian).filter((heading) => englishTitles.has(heading.text))).toEqual([]);
    expect(readFileSync(slovenian, 'utf8')).toMatch(/[čšž]/);
  });

  it.each(GUIDES)('the README links docs/%s in both languages', (guide) => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`](docs/${guide})`);
    expect(readme).toContain(`](docs/sl/${guide})`);
  });

  it('every relative link of a Slovenian guide points to a file that exists', () => {
    for (const guide of GUIDES) {
      const text = readFileSync(join(ROOT, 'docs/sl', guide), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g))
        expect({ guide, target, exists: existsSync(join(ROOT, 'docs/sl', target!)) }).toEqual({
          guide,
          target,
          exists: true,
        });
    }
  });
});
