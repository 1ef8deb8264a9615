// Resolves a document conflict (twenty-edits.ts "ask") by picking a side, for the resolve-conflict route
// (conflict-resolution.ts). Documents are kept whole: "twenty" pushes Twenty's version as the user's push would (offers
// and orders that are not issued; anything else is refused with the reason), "metakocka" writes Metakocka's current
// version over Twenty's. Either way the stored hash then records the agreement and the next pull finds no conflict.
import { readSettings } from 'server/settings/store';

import type { SyncRuntime } from '../../ports';
import { rulesForSelectValue } from '../model/document-types';
import { actionDepsOf } from './deps';
import { DocumentRefusedError } from '../model/errors';
import { loadDocument, pushSalesDocument, READ_OPTIONS } from '../push/push';
import { writeDocumentsPage } from '../pull/write-page';

export async function keepDocumentSide(rt: SyncRuntime, recordId: string, keep: 'twenty' | 'metakocka'): Promise<void> {
  const deps = actionDepsOf(rt, await readSettings(rt.kv));
  try {
    if (keep === 'twenty') {
      await pushSalesDocument(deps, recordId);
      return;
    }
    const record = await loadDocument(deps.repos, recordId);
    const docType = record.documentType ? rulesForSelectValue(record.documentType)?.docType : undefined;
    if (!record.metakockaId || !docType) {
      throw new DocumentRefusedError(
        'NOT_PUSHED',
        `${record.name || 'This document'} is not bound to a Metakocka document.`,
        'Nothing to take from Metakocka; ignore the conflict.',
      );
    }
    const current = await deps.mk.getDocument({ docType, docId: record.metakockaId }, READ_OPTIONS);
    await writeDocumentsPage([current.doc_type ? current : { ...current, doc_type: docType }], {
      ...deps,
      dryRun: false,
      conflictPolicy: 'metakocka-wins',
    });
  } finally {
    await deps.issues.flush({ dryRun: false, resolveOpen: true });
  }
}
