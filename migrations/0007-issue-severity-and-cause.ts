// Gives the sync issues an earlier version wrote what the issue inbox filters and groups by (issue 17): the severity
// their error code has in the error catalogue (a refused key or an exhausted quota becomes CRITICAL, a conflict a
// WARNING), and their cause key (error code, and the field of a conflict). Nothing else of an issue changes, and an
// issue that already has both is left alone, so a rerun writes nothing.
import { createCrm } from 'server/crm';
import { crmGatewayFor } from 'server/host/crm-gateway';
import type { SyncIssueDraft, SyncIssueRecord } from 'server/crm';
import { severityOf } from 'server/error-catalogue';
import { causeKeyOf } from 'server/sync/issues';
import type { Migration } from 'migrations/migration';

const defaultsOf = (issue: SyncIssueRecord) => {
  const code = issue.errorCode ?? (issue.kind === 'CONFLICT' ? 'CONFLICT' : 'INTERNAL');
  return {
    severity: severityOf(code),
    causeKey: causeKeyOf(code, issue.kind === 'CONFLICT' ? issue.conflictField : null),
  };
};

const migration: Migration = {
  id: '0007',
  description: "Set each sync issue's severity from its error code, and its cause key for the issue inbox.",
  async up(runtime) {
    const crm = createCrm(crmGatewayFor(runtime, 'application'));
    const issues = await crm.syncIssues.findWhere({ causeKey: { is: 'NULL' } });
    const writes: SyncIssueDraft[] = issues.map((issue) => ({
      id: issue.id,
      issueKey: issue.issueKey,
      ...defaultsOf(issue),
    }));
    if (writes.length > 0) await crm.syncIssues.upsertMany(writes);
    runtime.log.info('Set severity and cause of sync issues', { updated: writes.length });
  },
};

export default migration;
