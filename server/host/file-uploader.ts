// The host's FileUploader (server/crm/attachments.ts): bytes go up through twenty-client-sdk's
// MetadataApiClient.uploadFile (APPS.md §3.2: createFileUpload, a PUT to the signed URL, completeFileUpload).
import { MetadataApiClient } from 'twenty-client-sdk/metadata';

import type { FileUploader } from 'server/crm/attachments';
import { CrmAuthError, CrmUnavailableError } from 'server/crm/errors';
import { toCrmError } from 'server/crm/gateway';
import type { AppRuntime, RunAs } from 'server/host/runtime';

export interface FileUploaderConfig {
  apiUrl: string; // TWENTY_API_URL, origin without /metadata
  token: string; // needs the UPLOAD_FILE permission flag (twenty-server CreateFileUploadPermissionGuard); never logged
  fetch?: typeof fetch;
}

interface SdkGraphqlError {
  errors?: Array<{ message: string; extensions?: { code?: string; subCode?: string } }>;
}

/** The SDK throws its GraphQL error (with `errors`) or a plain Error for a failed PUT or HTTP status. */
function toUploadError(error: unknown): Error {
  const first = (error as SdkGraphqlError).errors?.[0];
  if (first?.extensions?.code === 'FORBIDDEN') {
    return new CrmAuthError(`${first.message} The app needs the UPLOAD_FILE permission to store files`);
  }
  if (first) return toCrmError(first, false);
  const text = error instanceof Error ? error.message : String(error);
  return new CrmUnavailableError(`the file upload failed (${text.slice(0, 200)})`, { cause: error });
}

export function createFileUploader(cfg: FileUploaderConfig): FileUploader {
  const client = new MetadataApiClient({
    url: `${cfg.apiUrl.replace(/\/+$/, '')}/metadata`,
    headers: { Authorization: `Bearer ${cfg.token}` },
    fetch: cfg.fetch,
  });
  return {
    async upload({ bytes, filename, fieldUniversalIdentifier }) {
      try {
        const file = await client.uploadFile({
          fileBuffer: Buffer.from(bytes),
          filename,
          fieldMetadataUniversalIdentifier: fieldUniversalIdentifier,
        });
        return { id: file.id, path: file.path, size: file.size, url: file.url };
      } catch (error) {
        throw toUploadError(error);
      }
    },
  };
}

export const fileUploaderFor = (runtime: AppRuntime, runAs: RunAs): FileUploader =>
  createFileUploader({ apiUrl: runtime.crm.apiUrl, token: runtime.crm.token(runAs), fetch: runtime.crm.fetch });
