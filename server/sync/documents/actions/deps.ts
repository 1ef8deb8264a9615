// What every document action needs from a sync runtime and the sync settings: the runtime's Metakocka port and Twenty
// repositories, the issue book and the partners push. The host's part (the user-started runtime, Twenty file access)
// is added by server/sync/sync-runtime.ts (documentActionRuntime).
import type { SyncSettings } from 'server/settings/schema';

import { loadControl } from '../../control';
import { createIssueBook } from '../../issues';
import type { SyncRuntime } from '../../ports';
import { DOCUMENTS_STREAM } from '../model/stream-name';
import { partnerPusher } from '../pull/keep-twenty';
import type { ActionDeps } from './actions';

export function actionDepsOf(sync: SyncRuntime, settings: SyncSettings): ActionDeps {
  const repos = sync.crm.salesDocuments;
  return {
    mk: sync.mk.documents,
    repos,
    documents: repos.documents,
    opportunities: sync.crm.opportunities,
    companies: sync.crm.companies,
    people: sync.crm.people,
    products: sync.crm.products,
    issues: createIssueBook(sync, DOCUMENTS_STREAM),
    now: () => sync.now(),
    pushPartner: partnerPusher(sync),
    // Off by default: deleting an unissued order in Metakocka from Twenty is an admin's choice (settings `documents`).
    allowOrderDelete: settings.documents.allowOrderDelete,
    // A status change's read-back must not overwrite unpushed Twenty edits either (twenty-edits.ts).
    conflictPolicy: settings.conflicts.documents,
    reportIds: { offer: settings.documents.offerReportId, order: settings.documents.orderReportId },
    underMaintenance: async () => (await loadControl(sync.kv)).maintenance !== null,
  };
}
