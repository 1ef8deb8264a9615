// Inline help for the console's settings: every setting of the document has a label, what it does and what changing it
// costs, in English and Slovenian, and no help names a setting the document does not have.
import { SETTING_PATHS } from 'plugin/constants/sync-settings';
import { DEFAULT_SETTINGS } from 'server/settings/schema';
import { settingHelp } from 'ui/settings-help/messages';

/** Dotted paths of the document's settings; a list, a per-field record or a nullable value is one setting. */
function settingPaths(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node) || prefix.endsWith('partnerFields'))
    return [prefix];
  return Object.entries(node).flatMap(([key, value]) => settingPaths(value, prefix ? `${prefix}.${key}` : key));
}

describe('settings help', () => {
  it('covers every setting of the document, and only those', () => {
    const documented = settingPaths(DEFAULT_SETTINGS).filter((path) => path !== 'version');
    expect([...SETTING_PATHS].sort()).toEqual(documented.sort());
  });

  it.each(SETTING_PATHS)('%s has a label, what it does and its cost in both languages, not copied', (path) => {
    for (const part of ['label', 'what', 'cost'] as const) {
      const en = settingHelp('en', path, part);
      const sl = settingHelp('sl', path, part);
      expect(en.trim()).not.toBe('');
      expect(sl.trim()).not.toBe('');
      expect(sl).not.toBe(en);
    }
  });
});
