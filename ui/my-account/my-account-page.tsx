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
import { companyIdProblem, secretKeyProblem } from 'ui/settings/credential-input';
import { callRoute } from 'ui/shared/call-route';
import { ConfirmAction } from 'ui/shared/confirm-action';
import { Button, Form, TextField } from 'ui/shared/form';
import { useT } from 'ui/shared/i18n';
import { LanguagePicker } from 'ui/shared/language-picker';
import { Failed, Loading, Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';
import { useRouteData } from 'ui/shared/use-route-data';
import { ScreenHelp } from 'ui/shared/screen-help';

export function MyAccountPage() {
  const { t } = useT();
  const status = useRouteData<MyCredentialAnswer>(CREDENTIAL_ROUTES.mineStatus);
  return (
    <div style={styles.page} data-testid="my-account-page">
      <header>
        <h1 style={styles.title}>{t('my.title')}</h1>
        <p style={styles.subtitle}>{t('my.subtitle')}</p>
        <ScreenHelp topic="myAccount" />
      </header>
      <LanguagePicker scope="mine" />
      {status.state === 'loading' ? <Loading /> : null}
      {status.state === 'failed' ? (
        <Failed message={status.message} action={status.action} code={status.code} onRetry={status.reload} />
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
    if (busy) return;
    const problem = companyIdProblem(companyId) ?? secretKeyProblem(secretKey, true);
    if (problem) {
      setOutcome({ ok: false, text: t(problem.message, problem.values), action: t(problem.action) });
      return;
    }
    setBusy(true);
    setOutcome(null);
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
    setBusy(true);
    const answer = await callRoute<MyCredentialDeleteAnswer>(CREDENTIAL_ROUTES.mineDelete);
    setOutcome(
      answer.ok ? { ok: true, text: t('my.deleted') } : { ok: false, text: answer.error, action: answer.action },
    );
    setBusy(false);
    if (answer.ok) props.onChanged();
  }

  return (
    <>
      <Form onSubmit={() => void save()}>
        <TextField
          label={t('connection.companyId')}
          hints={[{ text: t('my.companyId.hint', { companyId: props.organisationCompanyId }) }]}
          testId="my-company-id"
          value={companyId}
          onChange={setCompanyId}
        />
        <TextField
          label={t('connection.secretKey')}
          hints={[{ text: t('my.secretKey.hint') }]}
          testId="my-secret-key"
          type="password"
          value={secretKey}
          onChange={setSecretKey}
        />
        <TextField label={t('my.label')} testId="my-label" value={label} onChange={setLabel} />
        <div style={styles.row}>
          <Button kind="primary" submit testId="my-save" busy={busy} label={busy ? t('my.saving') : t('my.save')} />
          {props.hasCredential ? (
            <ConfirmAction
              testId="my-delete"
              label={t('my.delete')}
              question={t('my.delete.confirm')}
              confirmLabel={t('my.delete.yes')}
              busy={busy}
              onConfirm={() => void remove()}
            />
          ) : null}
        </div>
      </Form>
      <Outcome outcome={outcome} />
      {report ? <CheckList report={report} /> : null}
    </>
  );
}
