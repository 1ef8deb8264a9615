// One setting with its inline help: the label tied to its control, and below it what the setting does, its default
// and what changing it costs, tied to the control with aria-describedby so a screen reader reads it too.
import type { ReactNode } from 'react';

import { consoleStyles } from 'ui/console/console-styles';
import { useConsoleText } from 'ui/console/console-text';
import { styles, theme } from 'ui/shared/theme';

export interface SettingHelp {
  label: string;
  what: string;
  cost: string;
}

/** The id a setting's control carries, and its help's id (dots are not welcome in ids read by CSS selectors). */
export const controlId = (path: string) => `setting-${path.replace(/\./g, '-')}`;
export const helpId = (path: string) => `${controlId(path)}-help`;

export function SettingField({
  path,
  help,
  defaultText,
  changed,
  inline = false,
  group = false,
  children,
}: {
  path: string;
  help: SettingHelp;
  defaultText: string;
  changed: boolean;
  /** A checkbox sits before its label. */
  inline?: boolean;
  /** Several controls (checkboxes, a choice and its value): a fieldset named by the label. */
  group?: boolean;
  children: ReactNode;
}) {
  const { t } = useConsoleText();
  const label = (
    <span style={consoleStyles.label}>
      {help.label}
      {changed ? (
        <span style={{ ...consoleStyles.badge, marginLeft: theme.spacing1 }} data-testid="changed-badge">
          {t('config.changed')}
        </span>
      ) : null}
    </span>
  );
  const helpText = (
    <p id={helpId(path)} style={{ ...consoleStyles.hint, margin: 0 }}>
      {t('config.help', { what: help.what, default: defaultText, cost: help.cost })}
    </p>
  );
  if (group)
    return (
      <fieldset
        style={consoleStyles.fieldset}
        data-testid={`setting-${path}`}
        data-changed={String(changed)}
        aria-describedby={helpId(path)}
      >
        <legend style={consoleStyles.legend}>{label}</legend>
        {children}
        {helpText}
      </fieldset>
    );
  return (
    <div style={styles.field} data-testid={`setting-${path}`} data-changed={String(changed)}>
      <label htmlFor={controlId(path)} style={inline ? { ...styles.row, gap: theme.spacing2 } : styles.field}>
        {inline ? (
          <>
            {children}
            {label}
          </>
        ) : (
          <>
            {label}
            {children}
          </>
        )}
      </label>
      {helpText}
    </div>
  );
}
