// The trends page's chart fields on an install that already holds sync issues and runs (issue 18 item 2, D79): every
// issue gets the Ljubljana day it was opened and whether it is open and critical, every run the day it started, so
// the page charts the history from the first day after the upgrade. Only what differs is written, so a rerun after a
// crash writes nothing twice.
import { createCrm } from 'server/crm';
import { crmGatewayFor } from 'server/host/crm-gateway';
import type { SyncIssueDraft, SyncRunDraft } from 'server/crm';
import { issueChartFields } from 'server/crm/sync-issues';
import { ljubljanaDate } from 'server/reports/calendar';
import type { Migration } from 'migrations/migration';

const migration: Migration = {
  id: '0009',
  description: 'Fill the trends page’s chart fields on existing sync issues and runs.',
  async up(runtime) {
    const crm = createCrm(crmGatewayFor(runtime, 'application'));
    const issues = await crm.syncIssues.findWhere({});
    const issueWrites: SyncIssueDraft[] = issues.flatMap((issue) => {
      const fields = issueChartFields({
        status: issue.status,
        severity: issue.severity ?? 'ERROR',
        firstSeenAt: issue.firstSeenAt ?? issue.createdAt,
      });
      const same =
        (issue.openedDay ?? null) === (fields.openedDay ?? null) &&
        (issue.isOpenCritical ?? false) === fields.isOpenCritical;
      return same ? [] : [{ id: issue.id, issueKey: issue.issueKey, ...fields }];
    });
    if (issueWrites.length > 0) await crm.syncIssues.upsertMany(issueWrites);
    const runs = await crm.syncRuns.findWhere({});
    const runWrites: SyncRunDraft[] = runs.flatMap((run) => {
      const startedDay = ljubljanaDate(new Date(run.startedAt ?? run.createdAt));
      return run.startedDay === startedDay ? [] : [{ id: run.id, startedDay }];
    });
    if (runWrites.length > 0) await crm.syncRuns.upsertMany(runWrites);
    runtime.log.info('Filled the trends chart fields', {
      issues: issues.length,
      issuesWritten: issueWrites.length,
      runs: runs.length,
      runsWritten: runWrites.length,
    });
  },
};

export default migration;
