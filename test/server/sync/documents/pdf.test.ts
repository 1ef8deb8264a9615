// "Get document PDF" against the Metakocka sandbox and the Twenty stand-in, both over HTTP: the app's own token uploads
// the file (the stand-in checks its UPLOAD_FILE flag) and the assertions read both systems' stores.
import { resolve } from 'node:path';

import { createAttachmentsRepo } from 'server/crm/attachments';
import { createCrmGateway } from 'server/crm/gateway';
import { SyncError } from 'server/errors';
import { createFileUploader } from 'server/host/file-uploader';
import { createMetakockaClient } from 'server/metakocka';
import { getDocumentPdf, pdfAttachmentId, pdfFilename, type DocumentPdfDeps } from 'server/sync/documents/actions/pdf';
import { createDocumentRepos } from 'server/crm/sales-documents';
import { startSandbox, type Sandbox } from 'test/sandbox';
import { startStandIn, type StandIn } from 'test/twenty/stand-in';

const manifestPath = process.env.HARNESS_OUTPUT_DIR
  ? resolve(process.env.HARNESS_OUTPUT_DIR, 'manifest.json')
  : undefined;

let sandbox: Sandbox;
let standIn: StandIn;
let deps: DocumentPdfDeps;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 11, partners: 6, products: 10, documents: 150 });
  standIn = await startStandIn({ manifestPath, rateLimit: null });
  const gateway = createCrmGateway({ apiUrl: standIn.url, token: standIn.tokens.app });
  deps = {
    mk: createMetakockaClient({
      baseUrl: sandbox.url,
      companyId: sandbox.companyId,
      secretKey: sandbox.secretKey,
      retry: { attempts: 1, baseDelayMs: 1, budgetMs: 1_000 },
    }),
    repos: createDocumentRepos(gateway),
    files: {
      uploader: createFileUploader({ apiUrl: standIn.url, token: standIn.tokens.app }),
      attachments: createAttachmentsRepo(gateway),
    },
  };
}, 360_000);
afterAll(async () => {
  await sandbox?.close();
  await standIn?.close();
});

const SELECT: Record<string, string> = {
  sales_offer: 'SALES_OFFER',
  sales_order: 'SALES_ORDER',
  sales_bill_domestic: 'SALES_BILL_DOMESTIC',
  sales_bill_credit_note: 'SALES_BILL_CREDIT_NOTE',
};

/** A Twenty document bound to the first sandbox document of a type, as the pull leaves it. */
function boundDocument(docType: string, index = 0): { id: string; mkId: string; countCode: string } {
  const mk = sandbox.store.documents.byType(docType)[index]!;
  const [row] = standIn.seed('metakockaSalesDocument', [
    { name: mk.countCode, metakockaId: mk.mkId, countCode: mk.countCode, documentType: SELECT[docType] },
  ]);
  return { id: String(row!.id), mkId: mk.mkId, countCode: mk.countCode };
}

const attachmentsOf = (documentId: string) =>
  standIn.store.rows('attachment').filter((a) => a.targetMetakockaSalesDocumentId === documentId && !a.deletedAt);
const fileOf = (attachment: Record<string, unknown>) =>
  standIn.files.get((attachment.file as Array<{ fileId: string }>)[0]!.fileId)!;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function refusal(promise: Promise<unknown>): Promise<SyncError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
}

describe('get document PDF', () => {
  it('attaches the invoice print-out from Metakocka to the document, named after its count code', async () => {
    const doc = boundDocument('sales_bill_domestic');
    const result = await getDocumentPdf(deps, doc.id);
    const [attachment, ...more] = attachmentsOf(doc.id);
    expect(more).toHaveLength(0);
    expect(attachment).toMatchObject({
      id: result.attachmentId,
      name: `${doc.countCode}.pdf`,
      fileCategory: 'TEXT_DOCUMENT',
    });
    const file = fileOf(attachment!);
    expect(text(file.bytes!.slice(0, 5))).toBe('%PDF-');
    expect(text(file.bytes!)).toContain(doc.countCode); // the sandbox prints the count code into the page
    expect(file).toMatchObject({
      object: 'attachment',
      field: 'file',
      status: 'UPLOADED',
      contentType: 'application/pdf',
    });
    expect(result).toMatchObject({ filename: `${doc.countCode}.pdf`, replaced: false, size: file.bytes!.byteLength });
  });

  it('a second request replaces the file of the same attachment instead of adding another', async () => {
    const doc = boundDocument('sales_bill_domestic', 1);
    await getDocumentPdf(deps, doc.id);
    const firstFileId = fileOf(attachmentsOf(doc.id)[0]!).id;
    const again = await getDocumentPdf(deps, doc.id);
    const attachments = attachmentsOf(doc.id);
    expect(attachments).toHaveLength(1);
    expect(again.replaced).toBe(true);
    expect(fileOf(attachments[0]!).id).not.toBe(firstFileId);
    expect(text(fileOf(attachments[0]!).bytes!)).toContain(doc.countCode);
  });

  it('brings the attachment back when a user had deleted it, still one per document', async () => {
    const doc = boundDocument('sales_bill_domestic', 3);
    const first = await getDocumentPdf(deps, doc.id);
    const deleted = await fetch(`${standIn.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${standIn.apiKey}` },
      body: JSON.stringify({
        query: 'mutation($id: UUID!) { deleteAttachment(id: $id) { id } }',
        variables: { id: first.attachmentId },
      }),
    }).then((r) => r.json() as Promise<{ errors?: unknown[] }>);
    expect(deleted.errors).toBeUndefined();
    expect(attachmentsOf(doc.id)).toHaveLength(0);
    await getDocumentPdf(deps, doc.id);
    expect(attachmentsOf(doc.id).map((a) => a.id)).toEqual([first.attachmentId]);
  });

  it('prints credit notes with the bill report too', async () => {
    const doc = boundDocument('sales_bill_credit_note');
    await getDocumentPdf(deps, doc.id);
    expect(text(fileOf(attachmentsOf(doc.id)[0]!).bytes!.slice(0, 5))).toBe('%PDF-');
  });

  it('refuses a document that is not in Metakocka yet, without calling Metakocka', async () => {
    const [row] = standIn.seed('metakockaSalesDocument', [{ name: 'Osnutek ponudbe', documentType: 'SALES_OFFER' }]);
    const calls = sandbox.calls.total();
    const error = await refusal(getDocumentPdf(deps, String(row!.id)));
    expect(error.message).toMatch(/"Osnutek ponudbe" is not in Metakocka yet/);
    expect(error.action).toMatch(/Push it to Metakocka first/);
    expect(sandbox.calls.total()).toBe(calls);
    expect(attachmentsOf(String(row!.id))).toHaveLength(0);
  });

  it("asks for the company's report id for an order, and passes Metakocka's JSON refusal on when the id does not print it", async () => {
    const doc = boundDocument('sales_order');
    const calls = sandbox.calls.total();
    const noId = await refusal(getDocumentPdf(deps, doc.id));
    expect(noId.message).toMatch(/only for invoices and credit notes \(report 38\)/);
    expect(noId.action).toMatch(/dump_for_report_rest=true/);
    expect(sandbox.calls.total()).toBe(calls);
    const wrongId = await refusal(getDocumentPdf(deps, doc.id, '38'));
    expect(wrongId).toMatchObject({ code: 'DOCUMENT_PDF_REFUSED' });
    expect(wrongId.message).toContain(
      `Metakocka refused to print ${doc.countCode} with report 38: Report 38 cannot print document type sales_order`,
    );
    expect(attachmentsOf(doc.id)).toHaveLength(0);
  });

  it('prints an order with the report id the admin set for orders in the sync settings, when the request names none', async () => {
    const doc = boundDocument('sales_order', 1);
    const configured = await refusal(getDocumentPdf(deps, doc.id, undefined, { offer: null, order: '38' }));
    // The sandbox prints only the bill report, so the order's configured id reaches Metakocka and is refused there.
    expect(configured.message).toContain(`Metakocka refused to print ${doc.countCode} with report 38`);
    const offer = boundDocument('sales_offer', 1);
    const unset = await refusal(getDocumentPdf(deps, offer.id, undefined, { offer: null, order: '38' }));
    expect(unset.action).toMatch(/documents\.offerReportId/);
  });

  it("passes Metakocka's answer on when the document was deleted there, and never shows a secret", async () => {
    const doc = boundDocument('sales_bill_domestic', 2);
    sandbox.store.deleteDocumentAsUser(doc.mkId);
    const error = await refusal(getDocumentPdf(deps, doc.id));
    expect(error.message).toContain(
      `Metakocka refused to print ${doc.countCode} with report 38: Cannot find document with id = ${doc.mkId}`,
    );
    const shown = JSON.stringify({ ...error, message: error.message, action: error.action });
    for (const secret of [sandbox.secretKey, standIn.tokens.app, standIn.apiKey]) expect(shown).not.toContain(secret);
    expect(attachmentsOf(doc.id)).toHaveLength(0);
  });

  it('derives one attachment id per document and a file name without path separators', () => {
    expect(pdfAttachmentId('1b0e6c7a-1d7e-4c1b-9a55-2f1f7c3f0a11')).toBe(
      pdfAttachmentId('1b0e6c7a-1d7e-4c1b-9a55-2f1f7c3f0a11'),
    );
    expect(pdfAttachmentId('1b0e6c7a-1d7e-4c1b-9a55-2f1f7c3f0a11')).not.toBe(
      pdfAttachmentId('2b0e6c7a-1d7e-4c1b-9a55-2f1f7c3f0a11'),
    );
    expect(pdfFilename({ countCode: 'RA 12/2026', metakockaId: '1' })).toBe('RA 12-2026.pdf');
    expect(pdfFilename({ countCode: '', metakockaId: '4001' })).toBe('4001.pdf');
  });
});
