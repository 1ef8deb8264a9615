// The organisation's connection: endpoint, company id and a write-only secret key, "Test connection" and "Save".
// The key typed here goes to the server once and is cleared from the page; the page only ever learns whether one is set.
import { useState } from 'react';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import type {
  ConnectionReport,
  OrganisationCredentialsForm,
  OrganisationSaveAnswer,
  OrgCredentialFacts,
} from 'server/routes/contracts';
import { CheckList } from 'ui/settings/check-list';
import { callRoute } from 'ui/shared/call-route';
import { useT } from 'ui/shared/i18n';
import { readValue } from 'ui/shared/read-value';
import { Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';

type Endpoint = OrganisationCredentialsForm['endpoint'];

export function ConnectionSection({ initial, onSaved }: { initial: OrgCredentialFacts; onSaved: () => void }) {
  const { t, time } = useT();
  const [facts, setFacts] = useState(initial);
  const [endpoint, setEndpoint] = useState<Endpoint>(facts.endpoint);
  const [customUrl, setCustomUrl] = useState(facts.endpoint === 'custom' ? facts.apiUrl : '');
  const [companyId, setCompanyId] = useState(facts.companyId ?? '');
  const [secretKey, setSecretKey] = useState('');
  const [busy, setBusy] = useState<'test' | 'save' | null>(null);
  const [report, setReport] = useState<ConnectionReport | null>(null);
  const [outcome, setOutcome] = useState<OutcomeValue>(null);

  const form = (): OrganisationCredentialsForm => ({ endpoint, customUrl, companyId, secretKey });

  async function test() {
    setBusy('test');
    setOutcome(null);
    const answer = await callRoute<ConnectionReport>(CREDENTIAL_ROUTES.connectionTest, form());
    setReport(answer.ok ? answer.data : (answer.report ?? null));
    if (!answer.ok) setOutcome({ ok: false, text: answer.error, action: answer.action });
    setBusy(null);
  }

  async function save() {
    setBusy('save');
    setOutcome(null);
    const answer = await callRoute<OrganisationSaveAnswer>(CREDENTIAL_ROUTES.organisationSave, form());
    if (answer.ok) {
      setSecretKey('');
      setReport(answer.data.report);
      setOutcome({ ok: true, text: t('connection.saved') });
      setFacts(answer.data.facts);
      onSaved();
    } else {
      setReport(answer.report ?? null);
      setOutcome({ ok: false, text: `${t('connection.notSaved')} ${answer.error}`, action: answer.action });
    }
    setBusy(null);
  }

  // The server refuses a new endpoint with the key left empty (a stored key goes only where it was saved for, D37).
  const endpointChanging =
    facts.secretKeySet &&
    (endpoint !== facts.endpoint || (endpoint === 'custom' && customUrl.trim().replace(/\/+$/, '') !== facts.apiUrl));
  const keyHint = facts.secretKeySet
    ? facts.changedAt
      ? t('connection.secretKey.set', { time: time(facts.changedAt) })
      : t('connection.secretKey.setUndated')
    : t('connection.secretKey.notSet');
  return (
    <section style={styles.section} data-testid="connection-section">
      <h2 style={styles.sectionTitle}>{t('connection.title')}</h2>
      <label style={styles.field}>
        <span style={styles.label}>{t('connection.endpoint')}</span>
        <select
          data-testid="endpoint"
          style={styles.input}
          value={endpoint}
          onChange={(event) => setEndpoint((readValue(event) || 'production') as Endpoint)}
        >
          <option value="production">{t('connection.endpoint.production')}</option>
          <option value="development">{t('connection.endpoint.development')}</option>
          <option value="custom">{t('connection.endpoint.custom')}</option>
        </select>
      </label>
      {endpoint === 'custom' ? (
        <label style={styles.field}>
          <span style={styles.label}>{t('connection.customUrl')}</span>
          <input
            data-testid="custom-url"
            style={styles.input}
            type="url"
            value={customUrl}
            placeholder="https://"
            onChange={(event) => setCustomUrl(readValue(event))}
          />
          <span style={styles.hint}>{t('connection.customUrl.hint')}</span>
        </label>
      ) : null}
      <label style={styles.field}>
        <span style={styles.label}>{t('connection.companyId')}</span>
        <input
          data-testid="company-id"
          style={styles.input}
          inputMode="numeric"
          value={companyId}
          onChange={(event) => setCompanyId(readValue(event))}
        />
        <span style={styles.hint}>{t('connection.companyId.hint')}</span>
      </label>
      <label style={styles.field}>
        <span style={styles.label}>{t('connection.secretKey')}</span>
        <input
          data-testid="secret-key"
          style={styles.input}
          type="password"
          autoComplete="off"
          value={secretKey}
          onChange={(event) => setSecretKey(readValue(event))}
        />
        <span style={styles.hint} data-testid="secret-key-state" data-set={String(facts.secretKeySet)}>
          {keyHint}
        </span>
        {endpointChanging && secretKey === '' ? (
          <span style={styles.hint} data-testid="secret-key-endpoint-changed">
            {t('connection.secretKey.endpointChanged')}
          </span>
        ) : null}
      </label>
      <div style={styles.row}>
        <button
          type="button"
          data-testid="test-connection"
          style={styles.button}
          disabled={busy !== null}
          onClick={() => void test()}
        >
          {busy === 'test' ? t('connection.testing') : t('connection.test')}
        </button>
        <button
          type="button"
          data-testid="save-connection"
          style={{ ...styles.button, ...styles.primary }}
          disabled={busy !== null}
          onClick={() => void save()}
        >
          {busy === 'save' ? t('connection.saving') : t('connection.save')}
        </button>
      </div>
      <Outcome outcome={outcome} />
      {report ? <CheckList report={report} /> : null}
    </section>
  );
}
