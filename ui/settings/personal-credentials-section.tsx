// The admin's view of personal credentials: the policy, who has a key and when it was last verified, revoke.
// Nobody can read a key back; the list shows owners and dates only.
import { useState } from 'react';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import type { CredentialPolicy, MemberCredentialsAnswer, PolicyAnswer, RevokeAnswer } from 'server/routes/contracts';
import { callRoute } from 'ui/shared/call-route';
import { useT } from 'ui/shared/i18n';
import { readValue } from 'ui/shared/read-value';
import { Failed, Loading, Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';
import { useRouteData } from 'ui/shared/use-route-data';

const POLICIES: CredentialPolicy[] = ['OFF', 'OPTIONAL', 'REQUIRED'];

export function PersonalCredentialsSection() {
  const members = useRouteData<MemberCredentialsAnswer>(CREDENTIAL_ROUTES.membersList);
  const { t } = useT();
  if (members.state === 'loading') return <Loading />;
  if (members.state === 'failed')
    return <Failed message={members.message} action={members.action} onRetry={members.reload} />;
  return (
    <section style={styles.section} data-testid="personal-section">
      <h2 style={styles.sectionTitle}>{t('personal.title')}</h2>
      <PolicyForm policy={members.data.policy} onSaved={members.reload} />
      <MemberList answer={members.data} onChanged={members.reload} />
    </section>
  );
}

function PolicyForm({ policy, onSaved }: { policy: CredentialPolicy; onSaved: () => void }) {
  const { t } = useT();
  const [choice, setChoice] = useState<CredentialPolicy>(policy);
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  async function save() {
    const answer = await callRoute<PolicyAnswer>(CREDENTIAL_ROUTES.policySave, { policy: choice });
    setOutcome(
      answer.ok
        ? { ok: true, text: t('personal.policy.saved') }
        : { ok: false, text: answer.error, action: answer.action },
    );
    if (answer.ok) onSaved();
  }
  return (
    <div style={styles.field}>
      <span style={styles.label}>{t('personal.policy')}</span>
      <div style={styles.row}>
        <select
          data-testid="policy"
          style={{ ...styles.input, width: 'auto' }}
          value={choice}
          onChange={(event) => setChoice((readValue(event) || 'OFF') as CredentialPolicy)}
        >
          {POLICIES.map((value) => (
            <option key={value} value={value}>
              {t(`policy.${value}`)}
            </option>
          ))}
        </select>
        <button type="button" data-testid="save-policy" style={styles.button} onClick={() => void save()}>
          {t('personal.policy.save')}
        </button>
      </div>
      <span style={styles.hint}>{t('personal.background')}</span>
      <Outcome outcome={outcome} />
    </div>
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
            <th style={styles.cell} />
          </tr>
        </thead>
        <tbody>
          {answer.credentials.map((credential) => (
            <tr
              key={credential.ownerWorkspaceMemberId}
              data-testid="personal-row"
              data-member={credential.ownerWorkspaceMemberId}
            >
              <td style={styles.cell}>
                {t('common.unknownMember', { id: credential.ownerWorkspaceMemberId.slice(0, 8) })}
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
                <button
                  type="button"
                  data-testid="revoke"
                  style={{ ...styles.button, ...styles.danger }}
                  onClick={() => void revoke(credential.ownerWorkspaceMemberId)}
                >
                  {t('personal.revoke')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Outcome outcome={outcome} />
    </div>
  );
}
