// The document actions users run from Twenty (command menu, workflow steps, routes): one parser, one dispatcher.
import { documentActionRequest, type DocumentActionAnswer, type DocumentActionRequest } from 'server/routes/contracts';

import { MAX_OPPORTUNITY_DOCUMENT_LINES } from 'plugin/constants/document-lines';
import { MappingError } from '../../errors';
import { createFromOpportunity } from './from-opportunity';
import { getDocumentPdf, type CompanyReportIds, type DocumentPdfDeps } from './pdf';
import { pushSalesDocument, type PushDeps } from '../push/push';
import type { OpportunitiesRepo } from 'server/crm/opportunities';
import { changeDocumentStatus, deleteDocumentInMetakocka } from './status-and-delete';
import { SALES_DOCUMENT_OBJECT } from '../pull/twenty-edits';

export type DocumentAction = DocumentActionRequest;

export type DocumentActionResult = DocumentActionAnswer;

export interface ActionDeps extends PushDeps {
  opportunities: OpportunitiesRepo;
  /** The admin setting that lets an unissued order be deleted in Metakocka from Twenty (issue #6 item 4). */
  allowOrderDelete: boolean;
  /** Twenty file upload and attachments for get-pdf (server/sync/sync-runtime.ts documentActionRuntime wires them). */
  pdfFiles?: DocumentPdfDeps['files'];
  /** The company's print-outs for offers and orders, from the sync settings. */
  reportIds?: CompanyReportIds;
}

export function parseDocumentAction(input: unknown): DocumentAction {
  const result = documentActionRequest.safeParse(input);
  if (result.success) return result.data;
  // The form's own limit is told with its numbers; otherwise the fields only, as zod words what is wrong in English
  // and the next step shows the shapes.
  const lines = (input as { lines?: unknown } | null)?.lines;
  if (result.error.issues.some((i) => i.code === 'too_big' && i.path.join('.') === 'lines') && Array.isArray(lines))
    throw new MappingError('tooManyLines', { max: MAX_OPPORTUNITY_DOCUMENT_LINES, count: lines.length });
  const fields = [...new Set(result.error.issues.map((i) => i.path.join('.') || 'action'))].join(', ');
  throw new MappingError('actionInvalid', { fields });
}

export async function runDocumentAction(deps: ActionDeps, action: DocumentAction): Promise<DocumentActionResult> {
  switch (action.action) {
    case 'push': {
      const out = await pushSalesDocument(deps, action.documentId);
      deps.timeline?.record({ object: SALES_DOCUMENT_OBJECT, recordId: action.documentId, kind: 'pushed' });
      return {
        ok: true,
        documentId: action.documentId,
        metakockaId: out.metakockaId,
        countCode: out.countCode,
        message: `${out.action === 'updated' ? 'Updated' : 'Created'} ${out.countCode} in Metakocka.`,
      };
    }
    case 'create-from-opportunity': {
      const out = await createFromOpportunity(deps, action);
      deps.timeline?.record({ object: SALES_DOCUMENT_OBJECT, recordId: out.documentId, kind: 'pushed' });
      const kind = action.documentType === 'SALES_OFFER' ? 'offer' : 'order';
      return {
        ok: true,
        documentId: out.documentId,
        metakockaId: out.metakockaId,
        countCode: out.countCode,
        message: `Metakocka ${kind} ${out.countCode} made from the opportunity.`,
      };
    }
    case 'change-status': {
      const out = await changeDocumentStatus(deps, action.documentId, action.statusCode);
      return { ok: true, documentId: action.documentId, message: `Status is now "${out.status}".` };
    }
    case 'delete':
      await deleteDocumentInMetakocka(deps, action.documentId, deps.allowOrderDelete);
      return {
        ok: true,
        documentId: action.documentId,
        message: 'Deleted in Metakocka; the record stays here, marked as deleted in Metakocka.',
      };
    case 'get-pdf': {
      if (!deps.pdfFiles)
        throw new Error('get-pdf needs Twenty file access (ActionDeps.pdfFiles), which this caller did not wire.');
      const out = await getDocumentPdf(
        { mk: deps.mk, repos: deps.repos, files: deps.pdfFiles },
        action.documentId,
        action.reportId,
        deps.reportIds,
      );
      return {
        ok: true,
        documentId: action.documentId,
        metakockaId: out.metakockaId,
        countCode: out.countCode,
        attachmentId: out.attachmentId,
        filename: out.filename,
        message: `${out.replaced ? 'Replaced' : 'Attached'} ${out.filename} from Metakocka (${out.size} bytes).`,
      };
    }
  }
}
