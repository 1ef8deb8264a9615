// Configuration (issue 16 item 1): every setting of the settings document with its inline help, grouped as an admin
// thinks of them; the impact preview and the save are below the form (ui/console/impact-preview.tsx). A running
// stream keeps the settings it started with: the section says so while one runs.
import type { ReactNode } from 'react';

import { PARTNER_CONFLICT_FIELDS, SYNCED_DOCUMENT_TYPES } from 'plugin/constants/sync-settings';
import type { LiveAnswer, SettingsReadAnswer } from 'server/routes/contracts';
import { CategoryPicker } from 'ui/console/category-picker';
import { ConflictTable } from 'ui/console/conflict-table';
import { consoleStyles } from 'ui/console/console-styles';
import { useConsoleText } from 'ui/console/console-text';
import { ImpactPreview } from 'ui/console/impact-preview';
import { FORM_PATHS } from 'ui/console/form-paths';
import { ScheduleSetting } from 'ui/console/schedule-setting';
import {
  CheckboxSetting,
  ChecklistSetting,
  ListSetting,
  NumberSetting,
  TextSetting,
} from 'ui/console/setting-controls';
import { useSettingHelp } from 'ui/console/setting-help';
import { STREAMS_SHOWN } from 'ui/console/choices';
import { useDraft } from 'ui/console/use-draft';
import { styles, theme } from 'ui/shared/theme';

export function ConfigurationSection({
  read,
  live,
  onPreviewActive,
  onSaved,
}: {
  read: SettingsReadAnswer;
  live: LiveAnswer | null;
  onPreviewActive: (active: boolean) => void;
  onSaved: () => void;
}) {
  const { t } = useConsoleText();
  const help = useSettingHelp();
  const draft = useDraft(read, FORM_PATHS, help);
  const running =
    live?.streams.filter((stream) => stream.run !== null).map((stream) => t(`stream.${stream.stream}`)) ?? [];
  const group = (id: 'streams' | 'filters' | 'conflicts' | 'batches' | 'documents', children: ReactNode) => (
    <fieldset style={consoleStyles.fieldset} data-testid={`config-${id}`}>
      <legend style={consoleStyles.legend}>{t(`config.group.${id}`)}</legend>
      {children}
    </fieldset>
  );
  return (
    <section style={styles.section} data-testid="config-section" aria-labelledby="config-title">
      <h2 style={styles.sectionTitle} id="config-title">
        {t('config.title')}
      </h2>
      <p style={{ margin: 0 }}>{t('config.intro')}</p>
      {read.warning ? (
        <div style={styles.notice} role="status">
          {read.warning.message}
        </div>
      ) : null}
      {running.length > 0 ? (
        <div
          style={{ ...styles.notice, borderLeft: `4px solid ${theme.blue}` }}
          role="status"
          data-testid="config-running"
        >
          {t('config.running', { streams: running.join(', ') })}
        </div>
      ) : null}
      {group(
        'streams',
        STREAMS_SHOWN.map((stream) => (
          <div key={stream} style={{ display: 'flex', flexDirection: 'column', gap: theme.spacing2 }}>
            <h3 style={consoleStyles.subTitle}>{t(`stream.${stream}`)}</h3>
            <CheckboxSetting draft={draft} path={`streams.${stream}.enabled`} />
            <ScheduleSetting draft={draft} stream={stream} live={live} />
          </div>
        )),
      )}
      {group(
        'filters',
        <>
          <ChecklistSetting
            draft={draft}
            path="filters.documents.types"
            options={SYNCED_DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`docType.${type}`) }))}
          />
          <TextSetting draft={draft} path="filters.documents.fromDate" placeholder="2026-01-01" />
          <NumberSetting draft={draft} path="filters.documents.lastDays" nullable />
          <CategoryPicker draft={draft} path="filters.productCategories" />
          <CheckboxSetting draft={draft} path="filters.eshopOnly" />
          <CheckboxSetting draft={draft} path="filters.partners.withTaxNumberOnly" />
          <CheckboxSetting draft={draft} path="filters.partners.customersOnly" />
          <ListSetting draft={draft} path="filters.partners.countries" placeholder="SI, HR" />
        </>,
      )}
      {group('conflicts', <ConflictTable draft={draft} fields={PARTNER_CONFLICT_FIELDS} />)}
      {group(
        'batches',
        <>
          <NumberSetting draft={draft} path="batchSize" />
          <NumberSetting draft={draft} path="maxRecordsPerRun" />
          <NumberSetting draft={draft} path="pagesPerJob" />
          <NumberSetting draft={draft} path="stuckAfterMinutes" />
          <CheckboxSetting draft={draft} path="dryRun" />
        </>,
      )}
      {group(
        'documents',
        <>
          <TextSetting draft={draft} path="documents.offerReportId" placeholder="38" />
          <TextSetting draft={draft} path="documents.orderReportId" placeholder="38" />
          <CheckboxSetting draft={draft} path="documents.allowOrderDelete" />
          <CheckboxSetting draft={draft} path="workflows.allowMetakockaWrites" />
        </>,
      )}
      <ImpactPreview draft={draft} onActive={onPreviewActive} onSaved={onSaved} />
    </section>
  );
}
