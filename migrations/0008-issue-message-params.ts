// Gives the sync issues an earlier version wrote the parameters of their message (issue 15), so the app's screens word
// them in each member's language. What can be known again is filled in: nothing for a code whose message and next
// step need no parameter, the field of a conflict on one field. An issue whose parameters were only ever in its English
// sentence keeps null: the app shows its stored message, as before. Nothing else changes; a rerun writes nothing.
import { createCrm } from 'server/crm';
import { crmGatewayFor } from 'server/host/crm-gateway';
import type { SyncIssueDraft, SyncIssueRecord } from 'server/crm';
import { errorCatalogue, isErrorCode, type ErrorParams } from 'server/error-catalogue';
import { conflictParams } from 'server/sync/issues';
import type { Migration } from 'migrations/migration';

const PLACEHOLDER = /\{\w+\}/;

/** True when the code's message and next step read whole without any parameter. */
function needsNoParams(code: string): boolean {
  if (!isErrorCode(code)) return false;
  const { message, action } = errorCatalogue.en[code];
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  return ![...forms, action].some((text) => PLACEHOLDER.test(text));
}

/** The parameters an issue's stored fields tell again, or null when only its stored sentence knows them. */
function paramsOf(issue: SyncIssueRecord): ErrorParams | null {
  if (issue.kind === 'CONFLICT') {
    // Only a conflict on one field began with its name; a document's (several fields) and a binding's named values
    // that only their sentence still holds.
    const field = issue.conflictField;
    return field && issue.message.startsWith(`"${field}" changed`)
      ? conflictParams({ recordObject: issue.recordObject ?? '', field })
      : null;
  }
  return issue.errorCode && needsNoParams(issue.errorCode) ? {} : null;
}

const migration: Migration = {
  id: '0008',
  description: "Keep each sync issue's message parameters, so the app words it in each member's language.",
  async up(runtime) {
    const crm = createCrm(crmGatewayFor(runtime, 'application'));
    const issues = await crm.syncIssues.findWhere({ messageParams: { is: 'NULL' } });
    const writes: SyncIssueDraft[] = [];
    for (const issue of issues) {
      const messageParams = paramsOf(issue);
      if (messageParams) writes.push({ id: issue.id, issueKey: issue.issueKey, messageParams });
    }
    if (writes.length > 0) await crm.syncIssues.upsertMany(writes);
    runtime.log.info('Kept message parameters of sync issues', {
      updated: writes.length,
      asStored: issues.length - writes.length,
    });
  },
};

export default migration;
