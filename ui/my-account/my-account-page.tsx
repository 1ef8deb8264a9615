// "My Metakocka account" (a USER-scope settings item): the member stores, replaces or removes their own key for the
// organisation's Metakocka company. The key is checked live, stored encrypted and never shown again.
import { useState } from 'react';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import type {
  ConnectionReport,
  MyCredentialAnswer,
  MyCredentialDeleteAnswer,
  MyCredentialSaveAnswer,
} from 'server/routes/contracts';
import { CheckList } from 'ui/settings/check-list';
import { callRoute } from 'ui/shared/call-route';
import { useT } from 'ui/shared/i18n';
import { LanguagePicker } from 'ui/shared/language-picker';
import { readValue } from 'ui/shared/read-value';
import { Failed, Loading, Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';
import { useRouteData } from 'ui/shared/use-route-data';

export function MyAccountPage() {
  const { t } = useT();
  const status = useRouteData<MyCredentialAnswer>(CREDENTIAL_ROUTES.mineStatus);
  return (
    <div style={styles.page} data-testid="my-account-page">
      <header>
        <h1 style={styles.title}>{t('my.title')}</h1>
        <p style={styles.subtitle}>{t('my.subtitle')}</p>
      </header>
      <LanguagePicker scope="mine" />
      {status.state === 'loading' ? <Loading /> : null}
      {status.state === 'failed' ? (
        <Failed message={status.message} action={status.action} onRetry={status.reload} />
      ) : null}
      {status.state === 'done' ? <MyCredential status={status.data} onChanged={status.reload} /> : null}
    </div>
  );
}

function MyCredential({ status, onChanged }: { status: MyCredentialAnswer; onChanged: () => void }) {
  const { t, time } = useT();
  if (status.organisationCompanyId === null)
    return (
      <div style={styles.notice} data-testid="my-no-org">
        {t('my.noOrg')}
      </div>
    );
  if (status.policy === 'OFF')
    return (
      <div style={styles.notice} data-testid="my-off">
        {t('my.off')}
      </div>
    );
  const { credential } = status;
  return (
    <section style={styles.section} data-testid="my-credential" data-policy={status.policy}>
      <div>{t(status.policy === 'REQUIRED' ? 'my.required' : 'my.optional')}</div>
      <div style={styles.notice} data-testid="my-status" data-stored={String(credential !== null)}>
        {credential
          ? t('my.stored', {
              status: t(`credentialStatus.${credential.status}`),
              time: time(credential.lastVerifiedAt),
            })
          : t('my.none')}
      </div>
      {credential?.endpointChanged ? (
        <div style={styles.notice} data-testid="my-endpoint-changed">
          {t('my.endpointChanged')}
        </div>
      ) : null}
      <MyCredentialForm
        organisationCompanyId={status.organisationCompanyId}
        hasCredential={credential !== null}
        initialLabel={credential?.label ?? ''}
        onChanged={onChanged}
      />
    </section>
  );
}

function MyCredentialForm(props: {
  organisationCompanyId: string;
  hasCredential: boolean;
  initialLabel: string;
  onChanged: () => void;
}) {
  const { t } = useT();
  const [companyId, setCompanyId] = useState(props.organisationCompanyId);
  const [secretKey, setSecretKey] = useState('');
  const [label, setLabel] = useState(props.initialLabel);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ConnectionReport | null>(null);
  const [outcome, setOutcome] = useState<OutcomeValue>(null);

  async function save() {
    setBusy(true);
    const answer = await callRoute<MyCredentialSaveAnswer>(CREDENTIAL_ROUTES.mineSave, { companyId, secretKey, label });
    setReport(answer.ok ? answer.data.report : (answer.report ?? null));
    setOutcome(
      answer.ok ? { ok: true, text: t('my.saved') } : { ok: false, text: answer.error, action: answer.action },
    );
    setBusy(false);
    if (answer.ok) {
      setSecretKey('');
      props.onChanged();
    }
  }

  async function remove() {
    const answer = await callRoute<MyCredentialDeleteAnswer>(CREDENTIAL_ROUTES.mineDelete);
    setOutcome(
      answer.ok ? { ok: true, text: t('my.deleted') } : { ok: false, text: answer.error, action: answer.action },
    );
    if (answer.ok) props.onChanged();
  }

  return (
    <>
      <label style={styles.field}>
        <span style={styles.label}>{t('connection.companyId')}</span>
        <input
          data-testid="my-company-id"
          style={styles.input}
          inputMode="numeric"
          value={companyId}
          onChange={(event) => setCompanyId(readValue(event))}
        />
        <span style={styles.hint}>{t('my.companyId.hint', { companyId: props.organisationCompanyId })}</span>
      </label>
      <label style={styles.field}>
        <span style={styles.label}>{t('connection.secretKey')}</span>
        <input
          data-testid="my-secret-key"
          style={styles.input}
          type="password"
          autoComplete="off"
          value={secretKey}
          onChange={(event) => setSecretKey(readValue(event))}
        />
        <span style={styles.hint}>{t('my.secretKey.hint')}</span>
      </label>
      <label style={styles.field}>
        <span style={styles.label}>{t('my.label')}</span>
        <input
          data-testid="my-label"
          style={styles.input}
          value={label}
          onChange={(event) => setLabel(readValue(event))}
        />
      </label>
      <div style={styles.row}>
        <button
          type="button"
          data-testid="my-save"
          style={{ ...styles.button, ...styles.primary }}
          disabled={busy}
          onClick={() => void save()}
        >
          {busy ? t('my.saving') : t('my.save')}
        </button>
        {props.hasCredential ? (
          <button
            type="button"
            data-testid="my-delete"
            style={{ ...styles.button, ...styles.danger }}
            disabled={busy}
            onClick={() => void remove()}
          >
            {t('my.delete')}
          </button>
        ) : null}
      </div>
      <Outcome outcome={outcome} />
      {report ? <CheckList report={report} /> : null}
    </>
  );
}
