/**
 * Files for FILES fields (attachment.file and app FILES fields), as twenty-client-sdk 2.43 uploads them
 * (MetadataApiClient.uploadFile in dist/metadata.mjs): `createFileUpload(filename, size, fileFolder: FilesField,
 * fieldMetadataUniversalIdentifier)` on /metadata -> `{ fileId, uploadUrl, contentType, expiresAt }`; a PUT of the bytes
 * to uploadUrl with that Content-Type and no Authorization (a signed URL, `credentials: 'omit'`); then
 * `completeFileUpload(fileId)` -> `{ id, path, size, createdAt, url }`. Types from contract/metadata-schema.graphql
 * (FileUploadTarget, FileWithSignedUrl, FileFolder). Rules from twenty-server file-upload: both mutations need the
 * UPLOAD_FILE permission flag (CreateFileUploadPermissionGuard, FileUploadResolver), completion fails while nothing was
 * uploaded and when the stored size differs from the declared one (FileUploadCompletionService). A record's FILES value
 * is `[{ fileId, label }]` (core-schema FileItemInput), rendered as `{ fileId, label, extension, url }` (FileObject),
 * at most `settings.maxNumberOfValues` items (standard-objects-fields.json: attachment.file has 1). That a FILES value
 * may only name a completed upload made for that same field is UNCONFIRMED; the stand-in enforces it (stricter).
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { AuthContext } from './auth';
import inventory from './data/standard-objects-fields.json';
import { TwentyApiError, errors } from './errors';
import type { DataModel, FieldMeta, ObjectMeta } from './model';

/** Universal ids of standard FILES fields (twenty-sdk/define STANDARD_OBJECT.attachment.fields.file). */
const STANDARD_FILES_FIELDS: Record<string, { object: string; field: string }> = {
  '20202020-15db-460e-8166-c7b5d87ad4be': { object: 'attachment', field: 'file' },
};

const FOLDERS = [
  'CorePicture',
  'AgentChat',
  'BuiltLogicFunction',
  'BuiltFrontComponent',
  'PublicAsset',
  'Source',
  'FilesField',
  'Dependencies',
  'Workflow',
  'EmailAttachment',
  'AppTarball',
  'GeneratedSdkClient',
  'Dpa',
];
const UPLOAD_TTL_MS = 15 * 60_000;
const AN_ERROR = 'An error occurred.';
const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
};

export interface StoredFile {
  id: string;
  filename: string;
  extension: string;
  contentType: string;
  declaredSize: number;
  object: string;
  field: string;
  bytes: Uint8Array | null;
  status: 'PENDING' | 'UPLOADED';
  createdAt: string;
  expiresAt: number;
}

export interface HttpFileAnswer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

const maxValuesOf = (object: string, field: string): number | undefined => {
  const spec = (
    inventory as unknown as {
      objects: Record<string, { fields: Array<{ name: string; settings?: { maxNumberOfValues?: number } }> }>;
    }
  ).objects[object];
  return spec?.fields.find((f) => f.name === field)?.settings?.maxNumberOfValues;
};

const fileError = (message: string, subCode: string, friendly: string) =>
  new TwentyApiError(message, 'BAD_USER_INPUT', subCode, friendly);

export class FileStore {
  readonly files = new Map<string, StoredFile>();
  /** Set once the HTTP server listens: upload and download URLs point at it. */
  baseUrl = '';
  private readonly secret = randomBytes(16).toString('hex');

  constructor(
    private readonly model: DataModel,
    private readonly now: () => number,
    private readonly hasFlag: (auth: AuthContext, flag: string) => boolean,
  ) {}

  private sign(fileId: string, purpose: string): string {
    return createHmac('sha256', this.secret).update(`${purpose}:${fileId}`).digest('hex').slice(0, 32);
  }

  private requireUploadFlag(auth: AuthContext): void {
    if (!this.hasFlag(auth, 'UPLOAD_FILE'))
      throw errors.forbidden('Uploading files needs the UPLOAD_FILE permission flag.');
  }

  private filesField(args: Record<string, unknown>): { object: ObjectMeta; field: FieldMeta } {
    const uid = args.fieldMetadataUniversalIdentifier;
    const id = args.fieldMetadataId;
    if ((uid == null) === (id == null))
      throw fileError(
        'Give exactly one of fieldMetadataId or fieldMetadataUniversalIdentifier for a FilesField upload',
        'INVALID_ARGS_DATA',
        'The file field to upload to is missing.',
      );
    for (const object of this.model.objects.values()) {
      for (const field of object.fields.values()) {
        const standard = STANDARD_FILES_FIELDS[String(uid)];
        const matches =
          id != null
            ? field.id === id
            : field.universalIdentifier === uid ||
              (standard?.object === object.nameSingular && standard.field === field.name);
        if (!matches) continue;
        if (field.type !== 'FILES')
          throw fileError(
            `Field ${object.nameSingular}.${field.name} is not a FILES field`,
            'INVALID_ARGS_DATA',
            'Files can only be uploaded to a files field.',
          );
        return { object, field };
      }
    }
    throw new TwentyApiError(
      `Field metadata ${String(uid ?? id)} not found`,
      'NOT_FOUND',
      'FIELD_METADATA_NOT_FOUND',
      'This field does not exist.',
    );
  }

  createUpload(args: Record<string, unknown>, auth: AuthContext): unknown {
    this.requireUploadFlag(auth);
    const filename = args.filename;
    const size = args.size;
    if (typeof filename !== 'string' || filename.trim() === '' || /[/\\]/.test(filename))
      throw errors.invalidValue(filename, 'filename', 'filename');
    if (typeof size !== 'number' || !Number.isInteger(size) || size <= 0)
      throw errors.invalidValue(size, 'size', 'size');
    if (!FOLDERS.includes(String(args.fileFolder)))
      throw errors.invalidValue(args.fileFolder, 'FileFolder', 'fileFolder');
    if (args.fileFolder !== 'FilesField')
      throw fileError(
        `The stand-in serves createFileUpload for the FilesField folder only, not ${String(args.fileFolder)}`,
        'INVALID_ARGS_DATA',
        AN_ERROR,
      );
    const { object, field } = this.filesField(args);
    const extension = filename.includes('.') ? filename.slice(filename.lastIndexOf('.') + 1).toLowerCase() : '';
    const file: StoredFile = {
      id: randomUUID(),
      filename,
      extension,
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      declaredSize: size,
      object: object.nameSingular,
      field: field.name,
      bytes: null,
      status: 'PENDING',
      createdAt: new Date(this.now()).toISOString(),
      expiresAt: this.now() + UPLOAD_TTL_MS,
    };
    this.files.set(file.id, file);
    return {
      fileId: file.id,
      uploadUrl: `${this.baseUrl}/file-uploads/${file.id}?signature=${this.sign(file.id, 'upload')}`,
      contentType: file.contentType,
      expiresAt: new Date(file.expiresAt).toISOString(),
    };
  }

  completeUpload(args: Record<string, unknown>, auth: AuthContext): unknown {
    this.requireUploadFlag(auth);
    const file = typeof args.fileId === 'string' ? this.files.get(args.fileId) : undefined;
    if (!file)
      throw new TwentyApiError(
        `File ${String(args.fileId)} not found`,
        'NOT_FOUND',
        'FILE_NOT_FOUND',
        'This file does not exist.',
      );
    if (!file.bytes)
      throw fileError(
        `File "${file.filename}" has not been uploaded to storage yet.`,
        'FILE_NOT_UPLOADED',
        'The file has not been uploaded yet. Please upload it before confirming.',
      );
    if (file.bytes.byteLength !== file.declaredSize) {
      throw fileError(
        `File "${file.filename}" has ${file.bytes.byteLength} bytes in storage but ${file.declaredSize} were declared.`,
        'FILE_SIZE_MISMATCH',
        'The uploaded file does not match the declared size. Please retry the upload.',
      );
    }
    file.status = 'UPLOADED';
    return {
      id: file.id,
      path: `FilesField/${file.id}.${file.extension}`,
      size: file.bytes.byteLength,
      createdAt: file.createdAt,
      url: this.downloadUrl(file),
    };
  }

  private downloadUrl(file: StoredFile): string {
    return `${this.baseUrl}/files/${file.id}?token=${this.sign(file.id, 'download')}`;
  }

  /** The PUT to a signed upload URL and the GET of a signed download URL; null when the path is not a file path. */
  handleHttp(method: string, url: URL, contentType: string | undefined, body: Buffer): HttpFileAnswer | null {
    const match = /^\/(file-uploads|files)\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (!match) return null;
    const [, kind, id] = match;
    const file = this.files.get(id!);
    const text = (status: number, message: string): HttpFileAnswer => ({
      status,
      headers: { 'content-type': 'text/plain' },
      body: message,
    });
    if (kind === 'file-uploads') {
      if (method !== 'PUT') return text(405, 'Upload URLs take PUT only.');
      if (!file || url.searchParams.get('signature') !== this.sign(id!, 'upload'))
        return text(403, 'SignatureDoesNotMatch');
      if (this.now() > file.expiresAt) return text(403, 'Request has expired');
      if (file.status === 'UPLOADED') return text(409, 'This upload was already completed.');
      // The signed URL fixes the Content-Type (FileUploadTarget.contentType); another one is refused like a presigned S3 PUT.
      if (contentType?.split(';')[0]?.trim().toLowerCase() !== file.contentType)
        return text(403, `SignatureDoesNotMatch: Content-Type must be ${file.contentType}`);
      file.bytes = new Uint8Array(body);
      return { status: 200, headers: {}, body: '' };
    }
    if (method !== 'GET') return text(405, 'Files are read with GET.');
    if (!file || file.status !== 'UPLOADED' || url.searchParams.get('token') !== this.sign(id!, 'download'))
      return text(403, 'Forbidden');
    return {
      status: 200,
      headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"` },
      body: file.bytes!,
    };
  }

  /** A FILES field value on create/update: `[{ fileId, label }]` naming completed uploads made for this field. */
  toStored(object: ObjectMeta, field: FieldMeta, value: unknown): unknown {
    if (value === null) return null;
    if (!Array.isArray(value)) throw errors.invalidValue(value, 'files', field.name);
    const max = maxValuesOf(object.nameSingular, field.name);
    if (max !== undefined && value.length > max)
      throw fileError(
        `Field "${field.name}" takes at most ${max} file(s), got ${value.length}`,
        'INVALID_ARGS_DATA',
        `Too many files for field "${field.name}"`,
      );
    return value.map((item, i) => {
      const path = `${field.name}[${i}]`;
      if (typeof item !== 'object' || item === null || Array.isArray(item))
        throw errors.invalidValue(item, 'file item', path);
      for (const key of Object.keys(item))
        if (key !== 'fileId' && key !== 'label') throw errors.unknownDataField(object.nameSingular, `${path}.${key}`);
      const { fileId, label } = item as { fileId?: unknown; label?: unknown };
      if (typeof label !== 'string' || label === '') throw errors.invalidValue(label, 'label', `${path}.label`);
      const file = typeof fileId === 'string' ? this.files.get(fileId) : undefined;
      if (!file || file.status !== 'UPLOADED' || file.object !== object.nameSingular || file.field !== field.name) {
        throw fileError(
          `File ${String(fileId)} is not an uploaded file of ${object.nameSingular}.${field.name}`,
          'INVALID_ARGS_DATA',
          'The file was not found. Upload it again.',
        );
      }
      return {
        fileId: file.id,
        label,
        extension: file.extension ? `.${file.extension}` : null,
        url: this.downloadUrl(file),
      };
    });
  }
}
