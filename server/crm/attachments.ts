// Files on Twenty records: the bytes go up through the host's FileUploader (server/host/file-uploader.ts, APPS.md §3.2:
// createFileUpload, a PUT to the signed URL, completeFileUpload), then a standard `attachment` record names the file in
// its FILES field `file` (core-schema.standard.graphql `Attachment`, FileItemInput `{ fileId, label }`) and points at the
// record through its morph target column. Every custom object becomes a morph target of attachment with the column
// `target<ObjectName>Id` (standard-objects-fields.json: the twenty-sdk probe app's object `probeItem` is a sibling
// target, with `targetProbeItemId`); that an app object of twenty-sdk 2.43 gets the same column is inferred from it.
import { SYSTEM_SELECTION, type SystemFields } from './composites';
import type { CrmGateway } from './gateway';
import { createRecordRepo, type RecordRepo } from './records';

/** twenty-sdk/define STANDARD_OBJECT.attachment.fields.file.universalIdentifier (server code cannot load twenty-sdk). */
export const ATTACHMENT_FILE_FIELD_UNIVERSAL_IDENTIFIER = '20202020-15db-460e-8166-c7b5d87ad4be';

/** attachment.fileCategory values (standard-objects-fields.json); Twenty files PDFs under TEXT_DOCUMENT (UNCONFIRMED). */
export type AttachmentFileCategory =
  'ARCHIVE' | 'AUDIO' | 'IMAGE' | 'PRESENTATION' | 'SPREADSHEET' | 'TEXT_DOCUMENT' | 'VIDEO' | 'OTHER';

export interface UploadedFile {
  id: string;
  path: string;
  size: number;
  url: string;
}

export interface FileUploader {
  /** Uploads bytes for one FILES field; the answer's `id` is what a FILES value names as `fileId`. */
  upload(input: { bytes: Uint8Array; filename: string; fieldUniversalIdentifier: string }): Promise<UploadedFile>;
}

export interface AttachmentFile {
  fileId: string;
  label: string;
}

export interface AttachmentRecord extends SystemFields {
  name: string;
  fileCategory: AttachmentFileCategory;
  file: AttachmentFile[] | null;
}

/** A write; the morph target goes in its column, e.g. `targetMetakockaSalesDocumentId` (attachmentTargetColumn). */
export type AttachmentWrite = {
  id?: string;
  name: string;
  fileCategory: AttachmentFileCategory;
  file: AttachmentFile[];
} & Record<string, unknown>;

export type AttachmentsRepo = RecordRepo<AttachmentRecord, AttachmentWrite>;

/** The join column of attachment's morph target for an object: `target` + the object's name, capitalised, + `Id`. */
export const attachmentTargetColumn = (objectNameSingular: string): string =>
  `target${objectNameSingular.charAt(0).toUpperCase()}${objectNameSingular.slice(1)}Id`;

export const createAttachmentsRepo = (gateway: CrmGateway): AttachmentsRepo =>
  createRecordRepo(gateway, {
    nameSingular: 'attachment',
    namePlural: 'attachments',
    selection: `${SYSTEM_SELECTION} name fileCategory file { fileId label }`,
  });
