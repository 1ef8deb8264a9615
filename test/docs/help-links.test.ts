// In-app help (issue 20 item 2): every screen shows its short help with a "Learn more" link, and every link points to
// a heading that exists in the docs file of its language (English under docs/, Slovenian under docs/sl/).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { DOCS_BASE_URL, docsUrl, HELP_LINKS, HELP_TOPICS, type HelpTopic } from 'plugin/constants/docs';
import { LANGUAGES } from 'plugin/constants/plural';
import { anchors } from 'test/docs/headings';

const ROOT = resolve(__dirname, '../..');
const DOCS = join(ROOT, 'docs');

/** The component of each screen, which must render that screen's help. */
const SCREENS: Record<Exclude<HelpTopic, 'troubleshooting'>, string> = {
  settings: 'ui/settings/settings-page.tsx',
  myAccount: 'ui/my-account/my-account-page.tsx',
  commands: 'ui/commands/command-panel.tsx',
  console: 'ui/console/console-page.tsx',
  inbox: 'ui/inbox/inbox-page.tsx',
};

describe('in-app help links', () => {
  it.each(Object.entries(SCREENS))('the %s screen shows its help and "Learn more" link', (topic, file) => {
    expect(readFileSync(join(ROOT, file), 'utf8')).toContain(`<ScreenHelp topic="${topic}" />`);
  });

  const links = HELP_TOPICS.flatMap((topic) => LANGUAGES.map((language) => [topic, language] as const));
  it.each(links)('%s in %s points to an existing heading of its language’s docs', (topic, language) => {
    const [file, anchor] = HELP_LINKS[topic][language].split('#') as [string, string];
    expect(file.startsWith('sl/')).toBe(language === 'sl');
    expect(existsSync(join(DOCS, file))).toBe(true);
    expect([...anchors(join(DOCS, file))]).toContain(anchor);
    expect(docsUrl(language, topic)).toBe(`${DOCS_BASE_URL}${file}#${anchor}`);
  });

  it('computes anchors the way GitHub does, so the check can fail', () => {
    const found = anchors(join(DOCS, 'admin-guide.md'));
    expect(found).toContain('2-connecting-the-workspace');
    expect(found).not.toContain('2-connecting-the-workspaces');
    // A numbered heading keeps its number in the anchor.
    expect(found).toContain('9-the-sync-console');
  });
});
