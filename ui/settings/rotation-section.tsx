// Rotating the encryption key of personal credentials, after a confirmation; the answer says how many were
// re-encrypted. With no stored key there is nothing to rotate, and the button says so instead of acting.
import { useState } from 'react';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import type { RotateKeyAnswer } from 'server/routes/contracts';
import { callRoute } from 'ui/shared/call-route';
import { ConfirmAction } from 'ui/shared/confirm-action';
import { useT } from 'ui/shared/i18n';
import { Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';

export function RotationSection({ storedKeys }: { storedKeys: number }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  async function rotate() {
    setBusy(true);
    const answer = await callRoute<RotateKeyAnswer>(CREDENTIAL_ROUTES.rotateKey);
    if (answer.ok) {
      const done = t('rotation.done', { keyId: answer.data.keyId, count: answer.data.reEncrypted });
      const lost =
        answer.data.unreadable.length > 0
          ? ` ${t('rotation.unreadable', { count: answer.data.unreadable.length })}`
          : '';
      setOutcome({ ok: true, text: done + lost });
    } else {
      setOutcome({ ok: false, text: answer.error, action: answer.action });
    }
    setBusy(false);
  }
  return (
    <section style={styles.section} data-testid="rotation-section">
      <h2 style={styles.sectionTitle}>{t('rotation.title')}</h2>
      <span style={styles.hint}>{t('rotation.body')}</span>
      <div style={styles.row}>
        <ConfirmAction
          testId="rotate-key"
          label={t('rotation.button')}
          question={t('rotation.confirm')}
          confirmLabel={t('rotation.yes')}
          busy={busy}
          disabled={storedKeys === 0}
          onConfirm={() => void rotate()}
        />
      </div>
      {storedKeys === 0 ? (
        <span style={styles.hint} data-testid="rotation-nothing">
          {t('rotation.nothing')}
        </span>
      ) : null}
      <Outcome outcome={outcome} />
    </section>
  );
}
