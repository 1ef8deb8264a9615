// Conflict policy per stream and field, as a table: partners have a stream policy and a per-field override (empty =
// the stream's policy); sales documents are compared whole; products are pulled only, so they have no conflicts.
import type { PartnerConflictField } from 'plugin/constants/sync-settings';
import { POLICIES } from 'ui/console/choices';
import { consoleStyles } from 'ui/console/console-styles';
import { useConsoleText } from 'ui/console/console-text';
import { controlId, helpId } from 'ui/console/setting-field';
import type { Draft } from 'ui/console/use-draft';
import { readValue } from 'ui/shared/read-value';
import { styles } from 'ui/shared/theme';

const FIELDS_PATH = 'conflicts.partnerFields';
const SAME_AS_STREAM = '';

export function ConflictTable({ draft, fields }: { draft: Draft; fields: readonly PartnerConflictField[] }) {
  const { t } = useConsoleText();
  const overrides = (draft.value(FIELDS_PATH) as Record<string, string> | undefined) ?? {};
  const setOverride = (field: string, policy: string) => {
    const next = { ...overrides };
    if (policy === SAME_AS_STREAM) delete next[field];
    else next[field] = policy;
    draft.set(FIELDS_PATH, next);
  };
  const policyOptions = POLICIES.map((policy) => (
    <option key={policy} value={policy}>
      {t(`policy.${policy}`)}
    </option>
  ));
  const streamRow = (path: string, stream: 'partners' | 'documents') => (
    <tr key={path} data-testid={`conflict-${path}`}>
      <th role="rowheader" style={styles.cell}>
        {t(`stream.${stream}`)}
      </th>
      <td style={styles.cell}>{t(stream === 'partners' ? 'conflict.allFields' : 'conflict.wholeDocument')}</td>
      <td style={styles.cell}>
        <select
          id={controlId(path)}
          aria-label={t('conflict.policyOf', { what: t(`stream.${stream}`) })}
          aria-describedby={helpId(path)}
          data-testid={`input-${path}`}
          style={styles.input}
          value={String(draft.value(path))}
          onChange={(event) => draft.set(path, readValue(event))}
        >
          {policyOptions}
        </select>
        <p id={helpId(path)} style={{ ...consoleStyles.hint, margin: 0 }}>
          {draft.fieldProps(path).help.what}
        </p>
      </td>
    </tr>
  );
  return (
    <div style={consoleStyles.scroll}>
      <table style={styles.table} data-testid="conflict-table" aria-describedby={helpId(FIELDS_PATH)}>
        <caption style={{ ...consoleStyles.hint, textAlign: 'left' }} id={helpId(FIELDS_PATH)}>
          {t('config.help', {
            what: draft.fieldProps(FIELDS_PATH).help.what,
            default: draft.fieldProps('conflicts.partners').defaultText,
            cost: draft.fieldProps(FIELDS_PATH).help.cost,
          })}
        </caption>
        <thead>
          <tr>
            <th style={styles.cell}>{t('conflict.stream')}</th>
            <th style={styles.cell}>{t('conflict.field')}</th>
            <th style={styles.cell}>{t('conflict.policy')}</th>
          </tr>
        </thead>
        <tbody>
          {streamRow('conflicts.partners', 'partners')}
          {fields.map((field) => (
            <tr key={field} data-testid={`conflict-field-${field}`}>
              <th role="rowheader" style={styles.cell}>
                {t('stream.partners')}
              </th>
              <td style={styles.cell}>{t(`partnerField.${field}`)}</td>
              <td style={styles.cell}>
                <select
                  aria-label={t('conflict.policyOf', { what: t(`partnerField.${field}`) })}
                  data-testid={`input-conflicts.partnerFields.${field}`}
                  style={styles.input}
                  value={overrides[field] ?? SAME_AS_STREAM}
                  onChange={(event) => setOverride(field, readValue(event))}
                >
                  <option value={SAME_AS_STREAM}>{t('conflict.sameAsStream')}</option>
                  {policyOptions}
                </select>
              </td>
            </tr>
          ))}
          {streamRow('conflicts.documents', 'documents')}
          <tr>
            <th role="rowheader" style={styles.cell}>
              {t('stream.products')}
            </th>
            <td style={styles.cell}>{t('conflict.allFields')}</td>
            <td style={styles.cell}>{t('conflict.productsPulled')}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
