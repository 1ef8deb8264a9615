// Each setting's label and inline help (what it does, what changing it costs) in the member's language.
import type { SettingHelp } from 'ui/console/setting-field';
import { useConsoleText } from 'ui/console/console-text';

export function useSettingHelp(): (path: string) => SettingHelp {
  const { t } = useConsoleText();
  return (path) => {
    const schedule = /^schedule\.\w+\.dailyAt$/.test(path);
    if (schedule)
      return {
        label: t('config.schedule.dailyAt'),
        what: t('config.schedule.dailyAt.what'),
        cost: t('config.schedule.dailyAt.cost'),
      };
    return { label: path, what: path, cost: path };
  };
}
