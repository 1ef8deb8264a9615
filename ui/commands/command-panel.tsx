// The frame of a command that needs input (opened in Twenty's side panel): title, hint, the form, and the last
// outcome under it (the same outcome also went to the snackbar). Styles are the settings page's (ui/shared/theme.ts).
import type { ReactNode } from 'react';

import type { CommandOutcome } from 'ui/commands/outcome';
import { styles } from 'ui/shared/theme';
import { ScreenHelp } from 'ui/shared/screen-help';

export function CommandPanel({
  title,
  hint,
  testId,
  children,
}: {
  title: string;
  hint: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <div style={styles.page} data-testid={testId}>
      <header>
        <h1 style={styles.title}>{title}</h1>
        <p style={styles.subtitle}>{hint}</p>
        <ScreenHelp topic="commands" />
      </header>
      {children}
    </div>
  );
}

export function OutcomeLine({ outcome }: { outcome: CommandOutcome | null }) {
  if (outcome === null) return null;
  const ok = outcome.variant === 'success';
  return (
    <div
      style={ok ? styles.success : styles.error}
      data-testid={ok ? 'command-ok' : 'command-failed'}
      role={ok ? 'status' : 'alert'}
    >
      <div>{outcome.message}</div>
      {outcome.detailedMessage ? <div>{outcome.detailedMessage}</div> : null}
    </div>
  );
}
