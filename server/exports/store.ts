// The file path shared by every export and report (issue 19 step 1; the issue inbox reuses it): a front component
// cannot hand the browser a file it built, so the server uploads the bytes into the FILES field of a metakockaReport
// record (APPS.md §3.2 uploadFile, then the record names the upload) and answers with the file's link and the
// record's page. The inbox's CSV export and the report page's CSV/XLSX buttons all end here.
import { REPORT_OBJECT_NAMES } from 'plugin/constants/names';
import type { ReportFormat } from 'plugin/constants/select-options';
import { REPORT_FILE_FIELD_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import type { FileUploader } from 'server/crm/attachments';

import type { ReportRecordsRepo } from './report-records';

export interface ExportFile {
  /** A fixed record id makes storing idempotent (a scheduled slot delivered twice overwrites, never duplicates). */
  id?: string;
  /** What users see in the record list, e.g. "Sales by month 2026-01 – 2026-06". */
  name: string;
  /** What produced it: `report:<template id>`, `inbox:issues` or `schedule:<id>`. */
  source: string;
  format: ReportFormat;
  fileName: string;
  bytes: Uint8Array;
  rowCount?: number;
  parameters?: unknown;
  /** The member who asked for it; null for a scheduled delivery. */
  requestedBy?: string | null;
  dataAsOf?: string | null;
}

export interface StoredExport {
  reportId: string;
  fileName: string;
  size: number;
  /** The signed download link Twenty answered the upload with (it expires; the record's FILES field renews it). */
  fileUrl: string;
  /** The record's page in Twenty (AppPath.RecordShowPage), where the file stays. */
  recordPath: string;
}

export interface ExportStoreDeps {
  uploader: FileUploader;
  reports: ReportRecordsRepo;
  now: () => Date;
}

export const reportRecordPath = (reportId: string): string => `/object/${REPORT_OBJECT_NAMES.singular}/${reportId}`;

// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not carry
const NOT_IN_FILE_NAME = /[/\\:*?"<>|\u0000-\u001f]+/g;

/** A file name that every system stores as given: path separators and control characters become "-". */
export const safeFileName = (name: string): string => name.replace(NOT_IN_FILE_NAME, '-').trim() || 'export';

/** Uploads the file and records it; a failed upload leaves no record, a failed record write leaves an orphan upload
 *  that Twenty's orphaned-file cleanup removes. */
export async function storeExport(deps: ExportStoreDeps, file: ExportFile): Promise<StoredExport> {
  const fileName = safeFileName(file.fileName);
  const uploaded = await deps.uploader.upload({
    bytes: file.bytes,
    filename: fileName,
    fieldUniversalIdentifier: REPORT_FILE_FIELD_UNIVERSAL_IDENTIFIER,
  });
  const [record] = await deps.reports.upsertMany([
    {
      ...(file.id ? { id: file.id } : {}),
      name: file.name,
      source: file.source,
      format: file.format,
      file: [{ fileId: uploaded.id, label: fileName }],
      fileName,
      generatedAt: deps.now().toISOString(),
      rowCount: file.rowCount ?? null,
      parameters: file.parameters ?? null,
      requestedBy: file.requestedBy ?? null,
      dataAsOf: file.dataAsOf ?? null,
    },
  ]);
  if (!record) throw new Error('Twenty did not answer the report record it was asked to create.');
  return {
    reportId: record.id,
    fileName,
    size: uploaded.size,
    fileUrl: record.file?.[0]?.url ?? uploaded.url,
    recordPath: reportRecordPath(record.id),
  };
}
