// Links the open sync issues an earlier version wrote without their record (issue #12 item 10, D43): each is linked to
// the company, person, product or sales document it names, found by its Twenty id or its Metakocka id, so the
// record's Metakocka tab lists it. An issue whose record Twenty does not hold stays as it was.
import { createCrm } from 'server/crm';
import { crmGatewayFor } from 'server/host/crm-gateway';
import type { SyncIssueDraft } from 'server/crm';
import { findIssueLinks, ISSUE_LINK_FIELDS } from 'server/sync/issue-links';
import type { Migration } from 'migrations/migration';

const migration: Migration = {
  id: '0002',
  description: 'Link open sync issues to their company, person, product or sales document.',
  async up(runtime) {
    const crm = createCrm(crmGatewayFor(runtime, 'application'));
    const open = await crm.syncIssues.findWhere({ status: { eq: 'OPEN' } });
    // Already linked ones are left alone, so a rerun after a crash writes nothing twice.
    const unlinked = open.filter((issue) => ISSUE_LINK_FIELDS.every((field) => !issue[field]));
    const links = await findIssueLinks(crm, unlinked);
    const writes: SyncIssueDraft[] = [...links].map(([issue, link]) => ({
      id: issue.id,
      issueKey: issue.issueKey,
      ...link,
    }));
    if (writes.length > 0) await crm.syncIssues.upsertMany(writes);
    runtime.log.info('Linked open sync issues to their records', { open: open.length, linked: writes.length });
  },
};

export default migration;
