// metakockaReport records: one per file the app produced (plugin/objects/report.object.ts).
import { REPORT_FIELDS as F, REPORT_OBJECT_NAMES } from 'plugin/constants/names';
import type { ReportFormat } from 'plugin/constants/select-options';
import { SYSTEM_SELECTION, type SystemFields } from 'server/crm/composites';
import type { CrmGateway } from 'server/crm/gateway';
import { createRecordRepo, type RecordRepo } from 'server/crm/records';

/** A FILES value as the core API renders it (core-schema FileObject). */
export interface StoredFileItem {
  fileId: string;
  label: string;
  extension: string | null;
  url: string | null;
}

export interface ReportRecord extends SystemFields {
  name: string;
  source: string;
  format: ReportFormat;
  file: StoredFileItem[] | null;
  fileName: string;
  generatedAt: string;
  rowCount: number | null;
  parameters: unknown;
  requestedBy: string | null;
  dataAsOf: string | null;
}

export type ReportDraft = Partial<Omit<ReportRecord, keyof SystemFields | 'file'>> & {
  id?: string;
  file?: Array<{ fileId: string; label: string }>;
};

export type ReportRecordsRepo = RecordRepo<ReportRecord, ReportDraft>;

const SELECTION = `${SYSTEM_SELECTION} ${F.name} ${F.source} ${F.format} ${F.file} { fileId label extension url }
  ${F.fileName} ${F.generatedAt} ${F.rowCount} ${F.parameters} ${F.requestedBy} ${F.dataAsOf}`;

export const createReportRecordsRepo = (gateway: CrmGateway): ReportRecordsRepo =>
  createRecordRepo(gateway, {
    nameSingular: REPORT_OBJECT_NAMES.singular,
    namePlural: REPORT_OBJECT_NAMES.plural,
    selection: SELECTION,
  });
