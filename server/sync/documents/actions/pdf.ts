// "Get document PDF" (issue #6 item 5): Metakocka renders a bound sales document with `report` (API.md §2.5) and the
// file becomes the document's attachment in Twenty (APPS.md §3.2 uploadFile; core-schema.standard.graphql `Attachment`).
// One attachment per document: a second request swaps the file of the same attachment record (its id is derived from the
// document), so users never get a pile of identical PDFs, and a request repeated after a crash cannot add a second one.
import {
  attachmentTargetColumn,
  ATTACHMENT_FILE_FIELD_UNIVERSAL_IDENTIFIER,
  type AttachmentsRepo,
  type FileUploader,
} from 'server/crm/attachments';
import { problemOf, SyncError } from 'server/errors';

import { uuidFromKey } from '../../hashing';
import { rulesForSelectValue } from '../model/document-types';
import { DocumentRefusedError } from '../model/errors';
import { loadDocument } from '../push/push';
import type { DocumentRepos, SalesDocumentRecord } from 'server/crm/sales-documents';
import {
  MetakockaNotFoundError,
  MetakockaRefusedError,
  MetakockaUnknownError,
  MetakockaValidationError,
  type DocumentsMk,
} from '../../mk-port';

/**
 * Metakocka publishes one print-out id: 38, the bill report, shown printing a bill document (API.md §2.5 "report";
 * OFF/docs/report_concept.md, print_examples.md). Every sales_bill_* type (domestic, foreign, retail, prepaid, credit
 * note) is a bill document in Metakocka, so they all use 38; that 38 also renders prepaid invoices and credit notes is
 * UNCONFIRMED. No id is published for offers or orders: each company finds the id of its own print-out by adding
 * `dump_for_report_rest=true` to the report's address in Metakocka (report_concept.md "How to get params"), so for
 * those the request must name the report id, and without one the app refuses rather than guess.
 */
export const BILL_REPORT_ID = '38';

const PDF_MAGIC = '%PDF-';
const OBJECT_NAME = 'metakockaSalesDocument';

export interface DocumentPdfDeps {
  mk: Pick<DocumentsMk, 'report'>;
  repos: DocumentRepos;
  files: { uploader: FileUploader; attachments: AttachmentsRepo };
}

export interface DocumentPdfResult {
  attachmentId: string;
  filename: string;
  size: number;
  /** True when the document already had the app's PDF attachment and its file was replaced. */
  replaced: boolean;
  countCode: string;
  metakockaId: string;
}

/** Metakocka answered the report with something other than a PDF, or refused it in JSON (API.md §5.1 binary endpoints). */
export class DocumentPdfError extends SyncError {
  readonly code = 'DOCUMENT_PDF_REFUSED';
  readonly retryable = false;
  /** refused: Metakocka's own words (`oprDesc`, "" when it gave none); notPdf: the content type it answered with. */
  constructor(
    problem: 'refused' | 'notPdf',
    params: { document: string; reportId: string; oprDesc?: string; contentType?: string },
  ) {
    super(problemOf('DOCUMENT_PDF_REFUSED', problem, { ...params, billReport: BILL_REPORT_ID }));
  }
}

/** The attachment that holds a document's Metakocka PDF; one per document, found again by this id. */
export const pdfAttachmentId = (documentId: string): string => uuidFromKey(`metakocka-document-pdf:${documentId}`);

// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not carry
const NOT_IN_FILE_NAME = /[/\\:*?"<>|\u0000-\u001f]+/g;

/** `<countCode>.pdf`; characters a file name cannot hold (path separators, control characters) become "-". */
export function pdfFilename(record: Pick<SalesDocumentRecord, 'countCode' | 'metakockaId'>): string {
  const base = (record.countCode || record.metakockaId || 'document').replace(NOT_IN_FILE_NAME, '-').trim();
  return `${base}.pdf`;
}

/** The print-outs an admin set for offers and orders in the sync settings (`documents.offerReportId` / `orderReportId`). */
export interface CompanyReportIds {
  offer: string | null;
  order: string | null;
}

function reportIdFor(record: SalesDocumentRecord, requested: string | undefined, company: CompanyReportIds): string {
  if (requested) return requested;
  const rules = record.documentType ? rulesForSelectValue(record.documentType) : undefined;
  if (rules?.isInvoice) return BILL_REPORT_ID;
  const configured =
    rules?.docType === 'sales_offer' ? company.offer : rules?.docType === 'sales_order' ? company.order : null;
  if (configured) return configured;
  throw new DocumentRefusedError('NOT_SUPPORTED', 'reportUnknown', {
    billReport: BILL_REPORT_ID,
    document: record.countCode || record.id,
    type: record.documentType ?? '-',
  });
}

async function renderPdf(
  deps: DocumentPdfDeps,
  record: SalesDocumentRecord,
  mkId: string,
  reportId: string,
): Promise<Uint8Array> {
  const label = record.countCode || mkId;
  let file;
  try {
    file = await deps.mk.report({ mkId, reportId, type: 'PDF' });
  } catch (error) {
    // A JSON answer is Metakocka's refusal (API.md §5.1): pass its own words on. Transport faults and credential errors
    // keep their class, so a retry or the credential advice still applies.
    if (
      error instanceof MetakockaNotFoundError ||
      error instanceof MetakockaValidationError ||
      error instanceof MetakockaRefusedError ||
      error instanceof MetakockaUnknownError
    ) {
      throw new DocumentPdfError('refused', { document: label, reportId, oprDesc: error.oprDesc });
    }
    throw error;
  }
  const head = new TextDecoder().decode(file.bytes.slice(0, PDF_MAGIC.length));
  if (head !== PDF_MAGIC) {
    throw new DocumentPdfError('notPdf', { document: label, reportId, contentType: file.contentType });
  }
  return file.bytes;
}

export async function getDocumentPdf(
  deps: DocumentPdfDeps,
  documentId: string,
  requestedReportId?: string,
  company: CompanyReportIds = { offer: null, order: null },
): Promise<DocumentPdfResult> {
  const record = await loadDocument(deps.repos, documentId);
  const mkId = record.metakockaId;
  if (!mkId) {
    throw new DocumentRefusedError('NOT_PUSHED', 'pdfNotPushed', { name: record.name || documentId });
  }
  if (record.isDeletedInMetakocka) {
    throw new DocumentRefusedError('NOT_FOUND', 'pdfDeleted', { document: record.countCode || mkId });
  }
  const reportId = reportIdFor(record, requestedReportId, company);
  const bytes = await renderPdf(deps, record, mkId, reportId);
  const filename = pdfFilename(record);
  const attachmentId = pdfAttachmentId(record.id);
  const [previous] = await deps.files.attachments.findByIds([attachmentId], { withDeleted: true });
  const uploaded = await deps.files.uploader.upload({
    bytes,
    filename,
    fieldUniversalIdentifier: ATTACHMENT_FILE_FIELD_UNIVERSAL_IDENTIFIER,
  });
  // Upsert on the derived id: the first request creates the attachment, later ones swap its file (and restore it if a
  // user had deleted it). The replaced file is left to Twenty's orphaned-file cleanup.
  await deps.files.attachments.upsertMany([
    {
      id: attachmentId,
      name: filename,
      fileCategory: 'TEXT_DOCUMENT',
      file: [{ fileId: uploaded.id, label: filename }],
      [attachmentTargetColumn(OBJECT_NAME)]: record.id,
    },
  ]);
  return {
    attachmentId,
    filename,
    size: uploaded.size,
    replaced: previous !== undefined,
    countCode: record.countCode,
    metakockaId: mkId,
  };
}
