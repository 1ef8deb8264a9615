// A button whose action cannot be undone (revoke a key, remove my key, rotate the encryption key): the first press
// only asks, in place, what will happen; the action runs on "yes". In place rather than a host modal, because Twenty's
// confirmation modal is a command-menu API (UI-SURFACES.md §4.5) and these buttons live on settings pages.
import { useState } from 'react';

import { Button } from 'ui/shared/form';
import { useT } from 'ui/shared/i18n';
import { styles, theme } from 'ui/shared/theme';

export function ConfirmAction({
  label,
  question,
  confirmLabel,
  onConfirm,
  busy = false,
  disabled = false,
  testId,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  disabled?: boolean;
  testId: string;
}) {
  const { t } = useT();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button
        kind="danger"
        testId={testId}
        label={label}
        busy={busy}
        disabled={disabled}
        onClick={() => setAsking(true)}
      />
    );
  return (
    <div
      role="group"
      aria-label={question}
      data-testid={`${testId}-confirm`}
      style={{ ...styles.notice, display: 'flex', flexDirection: 'column', gap: theme.spacing2 }}
    >
      <span>{question}</span>
      <div style={styles.row}>
        <Button
          kind="danger"
          testId={`${testId}-yes`}
          label={confirmLabel}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        />
        <Button testId={`${testId}-no`} label={t('common.cancel')} onClick={() => setAsking(false)} />
      </div>
    </div>
  );
}
