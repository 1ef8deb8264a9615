// The pieces every form of the app is built from, so each one behaves the same for keyboard and screen-reader users:
// a field whose label names the control and whose hint is read as its description (aria-describedby, not inside the
// label), a form that submits on Enter, buttons that look disabled when they are, and a busy button that keeps focus.
// Only elements and properties Twenty's front-component host renders are used (UI-SURFACES.md §4.2): id, htmlFor,
// aria-* and data-* pass; inputMode, autoComplete, list or autoFocus would be dropped.
import { useId, type CSSProperties, type ReactNode, type SyntheticEvent } from 'react';

import { readValue } from 'ui/shared/read-value';
import { styles, theme } from 'ui/shared/theme';

/** What a field gives its control: the id its label points at and the ids of the texts that describe it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
}

/** A text under a control, with its test id and data-* attributes; null where a hint does not apply now. */
type Hint = { text: string; testId?: string; data?: Record<string, string> } | null;

export function Field({
  label,
  hints = [],
  children,
}: {
  label: string;
  /** Texts under the control, read after its name; null entries are left out. */
  hints?: Hint[];
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const shown = hints.filter((hint) => hint !== null);
  const hintIds = shown.map((_, index) => `${id}-hint-${index}`);
  return (
    <div style={styles.field}>
      <label htmlFor={id} style={styles.label}>
        {label}
      </label>
      {children({ id, ...(hintIds.length > 0 ? { 'aria-describedby': hintIds.join(' ') } : {}) })}
      {shown.map((hint, index) => (
        <span
          key={hintIds[index]}
          id={hintIds[index]}
          style={styles.hint}
          data-testid={hint.testId}
          {...Object.fromEntries(Object.entries(hint.data ?? {}).map(([key, value]) => [`data-${key}`, value]))}
        >
          {hint.text}
        </span>
      ))}
    </div>
  );
}

/** A labelled one-line text field (a password field with type="password"). */
export function TextField(props: {
  label: string;
  hints?: Hint[];
  testId: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'url';
  placeholder?: string;
}) {
  return (
    <Field label={props.label} hints={props.hints}>
      {(control) => (
        <input
          {...control}
          data-testid={props.testId}
          style={styles.input}
          type={props.type ?? 'text'}
          value={props.value}
          placeholder={props.placeholder}
          onChange={(event) => props.onChange(readValue(event))}
        />
      )}
    </Field>
  );
}

/** Enter in any of its fields submits, as in every web form; the host already keeps the page from navigating. */
export function Form({
  onSubmit,
  children,
  style,
}: {
  onSubmit: () => void;
  children: ReactNode;
  style?: CSSProperties;
}) {
  const submit = (event: SyntheticEvent | Event) => {
    (event as Event).preventDefault?.();
    onSubmit();
  };
  return (
    <form style={{ ...styles.field, gap: theme.spacing3, ...style }} onSubmit={submit}>
      {children}
    </form>
  );
}

export type ButtonKind = 'plain' | 'primary' | 'danger';

/**
 * A button. `disabled`: it cannot act (greyed and dashed, so it does not look enabled). `busy`: its action is running;
 * it stays focusable (aria-disabled, clicks ignored) so a keyboard user who pressed it keeps their place.
 */
export function Button({
  kind = 'plain',
  submit = false,
  disabled = false,
  busy = false,
  onClick,
  testId,
  label,
  describedBy,
}: {
  kind?: ButtonKind;
  submit?: boolean;
  disabled?: boolean;
  busy?: boolean;
  onClick?: () => void;
  testId?: string;
  label: string;
  describedBy?: string;
}) {
  const look = disabled
    ? { ...styles.button, ...styles.disabled }
    : { ...styles.button, ...(kind === 'primary' ? styles.primary : kind === 'danger' ? styles.danger : {}) };
  return (
    <button
      type={submit ? 'submit' : 'button'}
      data-testid={testId}
      style={busy ? { ...look, cursor: 'progress' } : look}
      disabled={disabled}
      aria-disabled={busy ? 'true' : undefined}
      aria-busy={busy ? 'true' : undefined}
      aria-describedby={describedBy}
      onClick={(event) => {
        if (busy) {
          (event as unknown as Event).preventDefault?.();
          return;
        }
        onClick?.();
      }}
    >
      {label}
    </button>
  );
}
