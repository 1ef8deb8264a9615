// A settings document as a readable table (the settings a run started with): each setting's label and its value.
import type { SyncSettings } from 'server/settings/schema';
import { FORM_PATHS } from 'ui/console/form-paths';
import { consoleStyles } from 'ui/console/console-styles';
import { useConsoleText } from 'ui/console/console-text';
import { useSettingHelp } from 'ui/console/setting-help';
import { valueAt, type SettingsValue } from 'ui/console/settings-paths';
import { valueText } from 'ui/console/use-draft';
import { styles } from 'ui/shared/theme';

export function SettingsTable({
  settings,
  caption,
  testId,
}: {
  settings: SyncSettings;
  caption: string;
  testId: string;
}) {
  const text = useConsoleText();
  const help = useSettingHelp();
  const document = settings as unknown as SettingsValue;
  return (
    <div style={consoleStyles.scroll}>
      <table style={styles.table} data-testid={testId}>
        <caption style={{ ...consoleStyles.subTitle, textAlign: 'left' }}>{caption}</caption>
        <thead>
          <tr>
            <th style={styles.cell}>{text.t('detail.setting')}</th>
            <th style={styles.cell}>{text.t('detail.value')}</th>
          </tr>
        </thead>
        <tbody>
          {FORM_PATHS.filter((path) => valueAt(document, path) !== undefined).map((path) => (
            <tr key={path} data-testid={`${testId}-row`} data-path={path}>
              <th role="rowheader" style={{ ...styles.cell, fontWeight: 'normal' }}>
                {help(path).label}
              </th>
              <td style={styles.cell}>{valueText(text, valueAt(document, path))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
