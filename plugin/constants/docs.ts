// Where the in-app help's "Learn more" links point (issue 20 item 2): the repository's docs, English under docs/ and
// Slovenian under docs/sl/, each screen at the heading that explains it. Anchors are GitHub's heading slugs;
// test/docs/help-links.test.ts checks that every one names a heading that exists in its file.
import type { Language } from 'plugin/constants/plural';

export const DOCS_BASE_URL = 'https://github.com/twenty-metakocka/twenty-metakocka/blob/main/docs/';

export const HELP_TOPICS = ['settings', 'myAccount', 'commands', 'console', 'inbox', 'troubleshooting'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

/** Per topic and language: the docs file (relative to docs/) and the heading's anchor. */
export const HELP_LINKS: Record<HelpTopic, Record<Language, string>> = {
  settings: {
    en: 'admin-guide.md#2-connecting-the-workspace',
    sl: 'sl/admin-guide.md#2-povezava-delovnega-prostora',
  },
  myAccount: {
    en: 'user-guide.md#your-own-metakocka-account',
    sl: 'sl/user-guide.md#vaš-račun-za-metakocko',
  },
  commands: {
    en: 'user-guide.md#metakocka-in-the-command-menu-cmdk',
    sl: 'sl/user-guide.md#metakocka-v-meniju-ukazov-cmdk',
  },
  console: {
    en: 'admin-guide.md#9-the-sync-console',
    sl: 'sl/admin-guide.md#9-konzola-za-sinhronizacijo',
  },
  inbox: {
    en: 'admin-guide.md#8-the-issue-inbox',
    sl: 'sl/admin-guide.md#8-težave-pri-sinhronizaciji',
  },
  troubleshooting: {
    en: 'troubleshooting.md#error-codes',
    sl: 'sl/troubleshooting.md#kode-napak',
  },
};

export const docsUrl = (language: Language, topic: HelpTopic): string =>
  `${DOCS_BASE_URL}${HELP_LINKS[topic][language]}`;
