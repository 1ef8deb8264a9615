// The admin's view of personal credentials: the policy, who has a key and when it was last verified, revoke.
// Nobody can read a key back; the list shows owners (by name, resolved by the server) and dates only.
import { useState } from 'react';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import type { CredentialPolicy, MemberCredentialsAnswer, PolicyAnswer, RevokeAnswer } from 'server/routes/contracts';
import { RotationSection } from 'ui/settings/rotation-section';
import { callRoute } from 'ui/shared/call-route';
import { ConfirmAction } from 'ui/shared/confirm-action';
import { Button, Field, Form } from 'ui/shared/form';
import { useT } from 'ui/shared/i18n';
import { readValue } from 'ui/shared/read-value';
import { Failed, Loading, Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';
import { useRouteData } from 'ui/shared/use-route-data';

const POLICIES: CredentialPolicy[] = ['OFF', 'OPTIONAL', 'REQUIRED'];

/** The personal-credentials section and, after it, key rotation (which needs to know whether any key is stored). */
export function PersonalCredentialsSection({ onPolicySaved }: { onPolicySaved: () => void }) {
  const members = useRouteData<MemberCredentialsAnswer>(CREDENTIAL_ROUTES.membersList);
  const { t } = useT();
  if (members.state === 'loading') return <Loading />;
  if (members.state === 'failed')
    return <Failed message={members.message} action={members.action} code={members.code} onRetry={members.reload} />;
  return (
    <>
      <section style={styles.section} data-testid="personal-section">
        <h2 style={styles.sectionTitle}>{t('personal.title')}</h2>
        <PolicyForm
          policy={members.data.policy}
          onSaved={() => {
            members.reload();
            onPolicySaved();
          }}
        />
        <MemberList answer={members.data} onChanged={members.reload} />
      </section>
      <RotationSection storedKeys={members.data.credentials.length} />
    </>
  );
}

function PolicyForm({ policy, onSaved }: { policy: CredentialPolicy; onSaved: () => void }) {
  const { t } = useT();
  const [choice, setChoice] = useState<CredentialPolicy>(policy);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  async function save() {
    if (busy) return;
    setBusy(true);
    const answer = await callRoute<PolicyAnswer>(CREDENTIAL_ROUTES.policySave, { policy: choice });
    setOutcome(
      answer.ok
        ? { ok: true, text: t('personal.policy.saved') }
        : { ok: false, text: answer.error, action: answer.action },
    );
    setBusy(false);
    if (answer.ok) onSaved();
  }
  return (
    <Form onSubmit={() => void save()}>
      <Field label={t('personal.policy')} hints={[{ text: t('personal.background') }]}>
        {(control) => (
          <select
            {...control}
            data-testid="policy"
            style={styles.input}
            value={choice}
            onChange={(event) => setChoice((readValue(event) || 'OFF') as CredentialPolicy)}
          >
            {POLICIES.map((value) => (
              <option key={value} value={value}>
                {t(`policy.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div style={styles.row}>
        <Button submit testId="save-policy" busy={busy} label={t('personal.policy.save')} />
      </div>
      <Outcome outcome={outcome} />
    </Form>
  );
}

function MemberList({ answer, onChanged }: { answer: MemberCredentialsAnswer; onChanged: () => void }) {
  const { t, time } = useT();
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  async function revoke(ownerWorkspaceMemberId: string) {
    const result = await callRoute<RevokeAnswer>(CREDENTIAL_ROUTES.membersRevoke, { ownerWorkspaceMemberId });
    setOutcome(
      result.ok ? { ok: true, text: t('personal.revoked') } : { ok: false, text: result.error, action: result.action },
    );
    if (result.ok) onChanged();
  }
  if (answer.credentials.length === 0)
    return (
      <div style={styles.notice} data-testid="personal-empty">
        {t('personal.empty')}
      </div>
    );
  return (
    <div>
      <table style={styles.table} data-testid="personal-list">
        <thead>
          <tr>
            {(
              ['personal.col.member', 'personal.col.label', 'personal.col.status', 'personal.col.verified'] as const
            ).map((id) => (
              <th key={id} style={styles.cell}>
                {t(id)}
              </th>
            ))}
            <th style={styles.cell} aria-label={t('personal.revoke')} />
          </tr>
        </thead>
        <tbody>
          {answer.credentials.map((credential) => {
            const name =
              credential.memberName ?? t('common.unknownMember', { id: credential.ownerWorkspaceMemberId.slice(0, 8) });
            return (
              <tr
                key={credential.ownerWorkspaceMemberId}
                data-testid="personal-row"
                data-member={credential.ownerWorkspaceMemberId}
              >
                <td style={styles.cell} data-testid="personal-member">
                  {name}
                </td>
                <td style={styles.cell}>{credential.label ?? ''}</td>
                <td
                  style={styles.cell}
                  data-testid="personal-status"
                  data-endpoint-changed={String(credential.endpointChanged)}
                >
                  {t(
                    credential.endpointChanged
                      ? 'credentialStatus.ENDPOINT_CHANGED'
                      : `credentialStatus.${credential.status}`,
                  )}
                </td>
                <td style={styles.cell}>{time(credential.lastVerifiedAt)}</td>
                <td style={styles.cell}>
                  <ConfirmAction
                    testId="revoke"
                    label={t('personal.revoke')}
                    question={t('personal.revoke.confirm', { name })}
                    confirmLabel={t('personal.revoke.yes')}
                    onConfirm={() => void revoke(credential.ownerWorkspaceMemberId)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Outcome outcome={outcome} />
    </div>
  );
}
