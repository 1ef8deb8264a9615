// Each setting's label and inline help (what it does, what changing it costs) in the member's language: the settings
// document's own help (ui/settings-help) and, for each stream's daily time, the console's.
import { SETTING_PATHS, type SettingPath } from 'plugin/constants/sync-settings';
import type { SettingHelp } from 'ui/console/setting-field';
import { useConsoleText } from 'ui/console/console-text';
import { settingHelp } from 'ui/settings-help/messages';

const isSettingPath = (path: string): path is SettingPath => (SETTING_PATHS as readonly string[]).includes(path);

export function useSettingHelp(): (path: string) => SettingHelp {
  const { t, language } = useConsoleText();
  return (path) =>
    isSettingPath(path)
      ? {
          label: settingHelp(language, path, 'label'),
          what: settingHelp(language, path, 'what'),
          cost: settingHelp(language, path, 'cost'),
        }
      : {
          label: t('config.schedule.dailyAt'),
          what: t('config.schedule.dailyAt.what'),
          cost: t('config.schedule.dailyAt.cost'),
        };
}
