// The configuration form's draft: the stored settings with the member's edits on top, what differs (the change a
// preview and a save send), and each setting's label, help and default for its field.
import { useEffect, useMemo, useState } from 'react';

import type { AlertSettingsAnswer, SettingsReadAnswer } from 'server/routes/contracts';
import type { ConflictPolicy } from 'server/settings/schema';
import { POLICIES } from 'ui/console/choices';
import { useConsoleText, type ConsoleTranslator } from 'ui/console/console-text';
import type { SettingHelp } from 'ui/console/setting-field';
import { changedPaths, changeOf, valueAt, withValue, type SettingsValue } from 'ui/console/settings-paths';

export interface Draft {
  document: SettingsValue;
  value(path: string): unknown;
  set(path: string, value: unknown): void;
  /** The settings that differ from the stored ones, as a partial document. */
  change: SettingsValue;
  changed: string[];
  reset(): void;
  fieldProps(path: string): { path: string; help: SettingHelp; defaultText: string; changed: boolean };
}

/** A setting's value as a sentence fragment: on/off, not set, a list, a number in the member's language. */
export function valueText(text: ConsoleTranslator, value: unknown): string {
  const { t, number } = text;
  if (value === true) return t('value.on');
  if (value === false) return t('value.off');
  if (value === null || value === undefined || value === '') return t('value.unset');
  if (typeof value === 'number') return number(value);
  if (Array.isArray(value)) return value.length === 0 ? t('value.emptyList') : value.join(', ');
  if (typeof value === 'string' && (POLICIES as readonly string[]).includes(value))
    return t(`policy.${value as ConflictPolicy}`);
  if (typeof value === 'object') {
    const entries = Object.entries(value as SettingsValue);
    return entries.length === 0
      ? t('value.emptyList')
      : entries.map(([k, v]) => `${k}: ${valueText(text, v)}`).join('; ');
  }
  return String(value);
}

export function useDraft(
  /** A stored document and its defaults: the sync settings, or the alert settings. */
  read: Pick<SettingsReadAnswer, 'settings' | 'defaults'> | Pick<AlertSettingsAnswer, 'settings' | 'defaults'>,
  paths: readonly string[],
  help: (path: string) => SettingHelp,
): Draft {
  const text = useConsoleText();
  const stored = read.settings as unknown as SettingsValue;
  const defaults = read.defaults as unknown as SettingsValue;
  const [document, setDocument] = useState<SettingsValue>(stored);
  // A save reloads the stored settings: the draft starts again from them.
  useEffect(() => setDocument(stored), [stored]);
  const changed = useMemo(() => changedPaths(stored, document, paths), [stored, document, paths]);
  const change = useMemo(() => changeOf(stored, document, paths), [stored, document, paths]);
  return {
    document,
    value: (path) => valueAt(document, path),
    set: (path, value) => setDocument((current) => withValue(current, path, value)),
    change,
    changed,
    reset: () => setDocument(stored),
    fieldProps: (path) => ({
      path,
      help: help(path),
      defaultText: valueText(text, valueAt(defaults, path)),
      changed: changed.includes(path),
    }),
  };
}
