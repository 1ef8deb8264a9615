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
import { companyIdProblem, secretKeyProblem } from 'ui/settings/credential-input';
import { callRoute } from 'ui/shared/call-route';
import { Button, Field, Form, TextField } from 'ui/shared/form';
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

  /** Says what is wrong with the typed values before anything is sent; true when they can go. */
  function inputAccepted(): boolean {
    const problem = companyIdProblem(companyId) ?? secretKeyProblem(secretKey, false);
    if (problem) setOutcome({ ok: false, text: t(problem.message, problem.values), action: t(problem.action) });
    return problem === null;
  }

  async function test() {
    if (busy !== null) return;
    setOutcome(null);
    if (!inputAccepted()) return;
    setBusy('test');
    const answer = await callRoute<ConnectionReport>(CREDENTIAL_ROUTES.connectionTest, form());
    setReport(answer.ok ? answer.data : (answer.report ?? null));
    if (!answer.ok) setOutcome({ ok: false, text: answer.error, action: answer.action });
    setBusy(null);
  }

  async function save() {
    if (busy !== null) return;
    setOutcome(null);
    if (!inputAccepted()) return;
    setBusy('save');
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
      <Form onSubmit={() => void save()}>
        <Field label={t('connection.endpoint')}>
          {(control) => (
            <select
              {...control}
              data-testid="endpoint"
              style={styles.input}
              value={endpoint}
              onChange={(event) => setEndpoint((readValue(event) || 'production') as Endpoint)}
            >
              <option value="production">{t('connection.endpoint.production')}</option>
              <option value="development">{t('connection.endpoint.development')}</option>
              <option value="custom">{t('connection.endpoint.custom')}</option>
            </select>
          )}
        </Field>
        {endpoint === 'custom' ? (
          <TextField
            label={t('connection.customUrl')}
            hints={[{ text: t('connection.customUrl.hint') }]}
            testId="custom-url"
            type="url"
            value={customUrl}
            placeholder="https://"
            onChange={setCustomUrl}
          />
        ) : null}
        <TextField
          label={t('connection.companyId')}
          hints={[{ text: t('connection.companyId.hint') }]}
          testId="company-id"
          value={companyId}
          onChange={setCompanyId}
        />
        <TextField
          label={t('connection.secretKey')}
          hints={[
            { text: keyHint, testId: 'secret-key-state', data: { set: String(facts.secretKeySet) } },
            endpointChanging && secretKey === ''
              ? { text: t('connection.secretKey.endpointChanged'), testId: 'secret-key-endpoint-changed' }
              : null,
          ]}
          testId="secret-key"
          type="password"
          value={secretKey}
          onChange={setSecretKey}
        />
        <div style={styles.row}>
          <Button
            testId="test-connection"
            busy={busy !== null}
            label={busy === 'test' ? t('connection.testing') : t('connection.test')}
            onClick={() => void test()}
          />
          <Button
            kind="primary"
            submit
            testId="save-connection"
            busy={busy !== null}
            label={busy === 'save' ? t('connection.saving') : t('connection.save')}
          />
        </div>
      </Form>
      <Outcome outcome={outcome} />
      {report ? <CheckList report={report} /> : null}
    </section>
  );
}
