// A stream's schedule: every N minutes, or daily at HH:MM Ljubljana time (schedule.<stream>.dailyAt, null = interval),
// with the next run the engine has planned for the stored schedule.
import type { LiveAnswer } from 'server/routes/contracts';
import type { StreamName } from 'server/settings/schema';
import { consoleStyles } from 'ui/console/console-styles';
import { useConsoleText } from 'ui/console/console-text';
import { controlId, helpId, SettingField } from 'ui/console/setting-field';
import { NumberSetting } from 'ui/console/setting-controls';
import type { Draft } from 'ui/console/use-draft';
import { readValue } from 'ui/shared/read-value';
import { styles } from 'ui/shared/theme';

const DEFAULT_DAILY_AT = '02:00';

export function ScheduleSetting({
  draft,
  stream,
  live,
}: {
  draft: Draft;
  stream: StreamName;
  live: LiveAnswer | null;
}) {
  const { t, time } = useConsoleText();
  const dailyPath = `schedule.${stream}.dailyAt`;
  const dailyAt = draft.value(dailyPath) as string | null | undefined;
  const daily = typeof dailyAt === 'string';
  const kindId = `${controlId(dailyPath)}-kind`;
  const planned = live?.streams.find((candidate) => candidate.stream === stream);
  const scheduleChanged = draft.changed.some(
    (path) => path === dailyPath || path === `streams.${stream}.everyMinutes` || path === `streams.${stream}.enabled`,
  );
  return (
    <>
      <label htmlFor={kindId} style={styles.field}>
        <span style={consoleStyles.label}>{t('config.schedule.kind')}</span>
        <select
          id={kindId}
          data-testid={`schedule-kind-${stream}`}
          style={{ ...styles.input, maxWidth: 320 }}
          value={daily ? 'daily' : 'interval'}
          onChange={(event) => draft.set(dailyPath, readValue(event) === 'daily' ? DEFAULT_DAILY_AT : null)}
        >
          <option value="interval">{t('config.schedule.interval')}</option>
          <option value="daily">{t('config.schedule.daily')}</option>
        </select>
      </label>
      {daily ? (
        <SettingField {...draft.fieldProps(dailyPath)}>
          <input
            id={controlId(dailyPath)}
            type="time"
            data-testid={`input-${dailyPath}`}
            aria-describedby={helpId(dailyPath)}
            style={{ ...styles.input, maxWidth: 200 }}
            value={dailyAt}
            onChange={(event) => draft.set(dailyPath, readValue(event))}
          />
        </SettingField>
      ) : (
        <NumberSetting draft={draft} path={`streams.${stream}.everyMinutes`} />
      )}
      <p style={{ margin: 0 }} data-testid={`schedule-next-${stream}`}>
        {scheduleChanged
          ? t('config.schedule.nextAfterSave')
          : planned?.schedule.nextRunAt
            ? t('config.schedule.next', { time: time(planned.schedule.nextRunAt) })
            : t('config.schedule.noNext')}
      </p>
    </>
  );
}
