// The controls of the configuration form, each bound to one setting of the draft by its path and wrapped in its
// inline help (SettingField). A typed number that is not one is kept as typed, so the save refuses it naming the
// setting (422), as the settings route does for any invalid value.
import { useEffect, useState } from 'react';

import { controlId, helpId, SettingField } from 'ui/console/setting-field';
import { listOf, numberOrText } from 'ui/console/settings-paths';
import type { Draft } from 'ui/console/use-draft';
import { readValue } from 'ui/shared/read-value';
import { styles } from 'ui/shared/theme';

/** What every setting's control carries: its id, its test id and its help. */
const controlProps = (path: string) => ({
  id: controlId(path),
  'data-testid': `input-${path}`,
  'aria-describedby': helpId(path),
});

export function CheckboxSetting({ draft, path }: { draft: Draft; path: string }) {
  return (
    <SettingField {...draft.fieldProps(path)} inline>
      <input
        {...controlProps(path)}
        type="checkbox"
        checked={draft.value(path) === true}
        onChange={() => draft.set(path, draft.value(path) !== true)}
      />
    </SettingField>
  );
}

/** A text field: Twenty's host drops inputMode (UI-SURFACES.md §4.2), and type="number" would blank out a mistyped
 *  value instead of letting the validation name it, so a number is typed as text. */
export function NumberSetting({ draft, path, nullable = false }: { draft: Draft; path: string; nullable?: boolean }) {
  const value = draft.value(path);
  return (
    <SettingField {...draft.fieldProps(path)}>
      <input
        {...controlProps(path)}
        style={{ ...styles.input, maxWidth: 200 }}
        value={value === null || value === undefined ? '' : String(value)}
        onChange={(event) => {
          const text = readValue(event);
          draft.set(path, nullable && text.trim() === '' ? null : numberOrText(text));
        }}
      />
    </SettingField>
  );
}

export function TextSetting({ draft, path, placeholder }: { draft: Draft; path: string; placeholder?: string }) {
  const value = draft.value(path);
  return (
    <SettingField {...draft.fieldProps(path)}>
      <input
        {...controlProps(path)}
        style={{ ...styles.input, maxWidth: 320 }}
        value={typeof value === 'string' ? value : ''}
        placeholder={placeholder}
        onChange={(event) => draft.set(path, readValue(event).trim() === '' ? null : readValue(event))}
      />
    </SettingField>
  );
}

export function SelectSetting({
  draft,
  path,
  options,
}: {
  draft: Draft;
  path: string;
  options: Array<{ value: string; label: string }>;
}) {
  return (
    <SettingField {...draft.fieldProps(path)}>
      <select
        {...controlProps(path)}
        style={{ ...styles.input, maxWidth: 320 }}
        value={String(draft.value(path) ?? '')}
        onChange={(event) => draft.set(path, readValue(event))}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </SettingField>
  );
}

/** A list of values picked with checkboxes (document types). */
export function ChecklistSetting({
  draft,
  path,
  options,
}: {
  draft: Draft;
  path: string;
  options: Array<{ value: string; label: string }>;
}) {
  const picked = (draft.value(path) as string[] | undefined) ?? [];
  const toggle = (value: string) =>
    draft.set(
      path,
      options.map((option) => option.value).filter((v) => (v === value ? !picked.includes(v) : picked.includes(v))),
    );
  return (
    <SettingField {...draft.fieldProps(path)} group>
      <div style={styles.row}>
        {options.map((option) => {
          const id = `${controlId(path)}-${option.value}`;
          return (
            <label key={option.value} htmlFor={id} style={styles.row}>
              <input
                id={id}
                type="checkbox"
                data-testid={`input-${path}-${option.value}`}
                checked={picked.includes(option.value)}
                onChange={() => toggle(option.value)}
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
    </SettingField>
  );
}

/** A list typed as comma-separated values (country codes). The text is kept as typed, so a trailing comma stays. */
export function ListSetting({ draft, path, placeholder }: { draft: Draft; path: string; placeholder: string }) {
  const joined = ((draft.value(path) as string[] | undefined) ?? []).join(', ');
  const [text, setText] = useState(joined);
  // A reset of the draft (discard, save) replaces the typed text.
  useEffect(() => setText((typed) => (listOf(typed).join(', ') === joined ? typed : joined)), [joined]);
  return (
    <SettingField {...draft.fieldProps(path)}>
      <input
        {...controlProps(path)}
        style={{ ...styles.input, maxWidth: 320 }}
        value={text}
        placeholder={placeholder}
        onChange={(event) => {
          setText(readValue(event));
          draft.set(path, listOf(readValue(event)));
        }}
      />
    </SettingField>
  );
}
