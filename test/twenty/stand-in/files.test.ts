// File uploads and attachments on the stand-in, driven by the real twenty-client-sdk 2.43 MetadataApiClient.uploadFile,
// so the stand-in answers the exact wire form the SDK sends (files.ts).
import { MetadataApiClient } from 'twenty-client-sdk/metadata';

import { startStandIn, type StandIn } from './index';

const ATTACHMENT_FILE_FIELD = '20202020-15db-460e-8166-c7b5d87ad4be'; // twenty-sdk STANDARD_OBJECT.attachment.fields.file
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn({ manifest: null, rateLimit: null });
});
afterAll(() => standIn.close());

const client = (token: string) =>
  new MetadataApiClient({ url: `${standIn.url}/metadata`, headers: { Authorization: `Bearer ${token}` } });
const upload = (token: string, bytes = PDF, filename = 'RA-2026-0001.pdf') =>
  client(token).uploadFile({
    fileBuffer: Buffer.from(bytes),
    filename,
    fieldMetadataUniversalIdentifier: ATTACHMENT_FILE_FIELD,
  });

async function gql<T>(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: T; errors?: Array<{ message: string }> }> {
  const response = await fetch(`${standIn.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${standIn.apiKey}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
}

describe('stand-in file uploads (MetadataApiClient.uploadFile)', () => {
  it('stores the bytes, answers a download URL that serves them, and lets an attachment name the file', async () => {
    const file = await upload(standIn.apiKey);
    expect(file).toMatchObject({ size: PDF.byteLength, path: expect.stringMatching(/\.pdf$/) });
    expect(Buffer.from(standIn.files.get(file.id)!.bytes!)).toEqual(Buffer.from(PDF));
    const download = await fetch(file.url);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(Buffer.from(PDF));

    const [company] = standIn.seed('company', [{ name: 'Kovinar d.o.o.' }]);
    const created = await gql<{
      createAttachment: { id: string; file: Array<{ fileId: string; label: string; url: string }> };
    }>('mutation($d: AttachmentCreateInput!) { createAttachment(data: $d) { id file { fileId label url } } }', {
      d: {
        name: 'RA-2026-0001.pdf',
        fileCategory: 'TEXT_DOCUMENT',
        targetCompanyId: company!.id,
        file: [{ fileId: file.id, label: 'RA-2026-0001.pdf' }],
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createAttachment.file).toEqual([
      expect.objectContaining({ fileId: file.id, label: 'RA-2026-0001.pdf', url: expect.stringContaining(file.id) }),
    ]);
  });

  it('refuses an upload without the UPLOAD_FILE flag', async () => {
    const member = standIn.tokens.user('7d1a5c0e-31f1-4a53-8a8e-3f5e0d1c2b01', []);
    await expect(upload(member)).rejects.toThrow(/UPLOAD_FILE/);
    await expect(
      upload(standIn.tokens.user('8e2b6d1f-31f1-4a53-8a8e-3f5e0d1c2b02', ['UPLOAD_FILE'])),
    ).resolves.toMatchObject({ size: PDF.byteLength });
  });

  it('refuses an upload to a field that is not a files field, and completion before the bytes arrived', async () => {
    await expect(
      client(standIn.apiKey).uploadFile({
        fileBuffer: Buffer.from(PDF),
        filename: 'x.pdf',
        fieldMetadataUniversalIdentifier: '20202020-0000-4000-8000-000000000000',
      }),
    ).rejects.toThrow(/not found/);
    const api = (query: string, variables: Record<string, unknown>) =>
      fetch(`${standIn.url}/metadata`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${standIn.apiKey}` },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json() as Promise<any>);
    const target = await api(
      'mutation($s: Float!) { createFileUpload(filename: "a.pdf", size: $s, fileFolder: FilesField, fieldMetadataUniversalIdentifier: "20202020-15db-460e-8166-c7b5d87ad4be") { fileId uploadUrl contentType } }',
      { s: 4 },
    );
    const { fileId, uploadUrl } = target.data.createFileUpload;
    expect(
      (await api('mutation($f: String!) { completeFileUpload(fileId: $f) { id } }', { f: fileId })).errors[0].extensions
        .subCode,
    ).toBe('FILE_NOT_UPLOADED');
    // The signed URL fixes the content type and the signature; the declared size must match what arrived.
    expect(
      (await fetch(uploadUrl, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'abcd' })).status,
    ).toBe(403);
    expect(
      (
        await fetch(uploadUrl.replace(/signature=\w+/, 'signature=0'), {
          method: 'PUT',
          headers: { 'content-type': 'application/pdf' },
          body: 'abcd',
        })
      ).status,
    ).toBe(403);
    expect(
      (await fetch(uploadUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: 'abcdef' }))
        .status,
    ).toBe(200);
    expect(
      (await api('mutation($f: String!) { completeFileUpload(fileId: $f) { id } }', { f: fileId })).errors[0].extensions
        .subCode,
    ).toBe('FILE_SIZE_MISMATCH');
  });

  it('lets an attachment name only completed uploads of attachment.file, one file at most', async () => {
    const file = await upload(standIn.apiKey);
    const other = await upload(standIn.apiKey, PDF, 'second.pdf');
    const create = (fileValue: unknown) =>
      gql('mutation($d: AttachmentCreateInput!) { createAttachment(data: $d) { id } }', {
        d: { name: 'a.pdf', file: fileValue },
      });
    expect(
      (await create([{ fileId: '0b9f1c3e-1111-4222-8333-444455556666', label: 'a.pdf' }])).errors?.[0]?.message,
    ).toMatch(/not an uploaded file/);
    expect(
      (
        await create([
          { fileId: file.id, label: 'a.pdf' },
          { fileId: other.id, label: 'b.pdf' },
        ])
      ).errors?.[0]?.message,
    ).toMatch(/at most 1/);
    expect((await create([{ fileId: file.id }])).errors?.[0]?.message).toMatch(/label/);
    expect((await create([{ fileId: file.id, label: 'a.pdf' }])).errors).toBeUndefined();
  });
});
