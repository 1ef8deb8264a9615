// Rotating the encryption key of personal credentials; the answer says how many were re-encrypted.
import { useState } from 'react';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import type { RotateKeyAnswer } from 'server/routes/contracts';
import { callRoute } from 'ui/shared/call-route';
import { useT } from 'ui/shared/i18n';
import { Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';

export function RotationSection() {
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
        <button
          type="button"
          data-testid="rotate-key"
          style={styles.button}
          disabled={busy}
          onClick={() => void rotate()}
        >
          {t('rotation.button')}
        </button>
      </div>
      <Outcome outcome={outcome} />
    </section>
  );
}
