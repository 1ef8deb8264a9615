// Reads what the checklist is derived from: the health computation (credentials' last check, runs going now), whether
// the sync settings were ever saved (the audit trail: install writes the defaults, so the stored document proves
// nothing), the first synced run, the count of open issues, and the caller's own key.
import {
  AUDIT_ENTRY_FIELDS as A,
  OBJECT_NAMES,
  SYNC_ISSUE_FIELDS as I,
  SYNC_RUN_FIELDS as F,
} from 'plugin/constants/names';
import type { CrmGateway } from 'server/crm/gateway';
import { computeHealth, type HealthDeps } from 'server/credentials/health';
import { personalStatus } from 'server/credentials/personal';
import type { CredentialPorts } from 'server/credentials/ports';
import type { OnboardingFacts } from 'server/onboarding/checklist';

export interface OnboardingSources extends HealthDeps {
  ports: CredentialPorts;
  /** Read with the app's token: the checklist is about the install, not what the caller's role may see. */
  crm: CrmGateway;
  memberId: string;
}

const FIRST_SYNCED_RUN = `query OnboardingFirstSync($filter: MetakockaSyncRunFilterInput) {
  ${OBJECT_NAMES.syncRun.plural}(first: 1, filter: $filter, orderBy: [{ ${F.finishedAt}: AscNullsLast }]) {
    edges { node { ${F.finishedAt} } } } }`;

const SETTINGS_SAVES = `query OnboardingSettingsSaved($filter: MetakockaAuditEntryFilterInput) {
  ${OBJECT_NAMES.auditEntry.plural}(first: 1, filter: $filter) { totalCount } }`;

const OPEN_ISSUES = `query OnboardingOpenIssues($filter: MetakockaSyncIssueFilterInput) {
  ${OBJECT_NAMES.syncIssue.plural}(first: 1, filter: $filter) { totalCount } }`;

async function firstSyncedAt(crm: CrmGateway): Promise<string | null> {
  const data = await crm.request<Record<string, { edges: Array<{ node: { finishedAt: string | null } }> }>>(
    FIRST_SYNCED_RUN,
    {
      filter: {
        and: [{ [F.status]: { in: ['SUCCEEDED', 'COMPLETED_WITH_ISSUES'] } }, { [F.isDryRun]: { eq: false } }],
      },
    },
  );
  return data[OBJECT_NAMES.syncRun.plural]?.edges[0]?.node.finishedAt ?? null;
}

async function countOf(crm: CrmGateway, document: string, plural: string, filter: object): Promise<number> {
  const data = await crm.request<Record<string, { totalCount: number }>>(document, { filter });
  return data[plural]?.totalCount ?? 0;
}

export async function readOnboardingFacts(sources: OnboardingSources): Promise<OnboardingFacts> {
  const [health, settings, synced, open, mine] = await Promise.all([
    computeHealth(sources.ports, sources),
    countOf(sources.crm, SETTINGS_SAVES, OBJECT_NAMES.auditEntry.plural, { [A.action]: { eq: 'settings.saved' } }),
    firstSyncedAt(sources.crm),
    countOf(sources.crm, OPEN_ISSUES, OBJECT_NAMES.syncIssue.plural, { [I.status]: { eq: 'OPEN' } }),
    personalStatus(sources.ports, sources.memberId),
  ]);
  const key = mine.credential;
  return {
    health,
    settingsSaved: settings > 0,
    firstSyncedAt: synced,
    openIssues: open,
    policy: mine.policy,
    myKey: key === null ? 'none' : key.status === 'INVALID' || key.endpointChanged ? 'refused' : 'usable',
  };
}
