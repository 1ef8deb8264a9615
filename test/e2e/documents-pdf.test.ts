// "Get document PDF" end to end: the built route /metakocka/documents/action (what the command menu posts) fetches the
// print-out from the Metakocka sandbox and attaches it to the document in the Twenty stand-in; asking again keeps one
// attachment; an unbound document is refused with what to do.
import { MANAGER } from 'test/e2e/sync-world';
import { useDocumentsWorld } from './use-documents-world';

const PATH = '/s/metakocka/documents/action';
const world = useDocumentsWorld({ partners: 4, products: 8, documents: 30 });

type Reply = { status: number; body: any };
const getPdf = (documentId: string): Promise<Reply> =>
  world.harness.route(PATH, { method: 'POST', body: { action: 'get-pdf', documentId }, as: MANAGER });
const attachmentsOf = (documentId: string) =>
  world.rows('attachment').filter((a) => a.targetMetakockaSalesDocumentId === documentId);

/** A Twenty document bound to a sandbox invoice, as a pull leaves it. */
async function boundInvoice(): Promise<{ id: string; countCode: string }> {
  const mk = world.sandbox.store.documents.list().find((d) => d.docType === 'sales_bill_domestic')!;
  const data = await world.gql<{ createMetakockaSalesDocument: { id: string } }>(
    'mutation($d: MetakockaSalesDocumentCreateInput!) { createMetakockaSalesDocument(data: $d) { id } }',
    { d: { name: mk.countCode, documentType: 'SALES_BILL_DOMESTIC', metakockaId: mk.mkId, countCode: mk.countCode } },
  );
  return { id: data.createMetakockaSalesDocument.id, countCode: mk.countCode };
}

async function downloaded(attachment: Record<string, any>): Promise<string> {
  const response = await fetch(attachment.file[0].url);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  return Buffer.from(await response.arrayBuffer()).toString('latin1');
}

describe('get document PDF through the document action route', () => {
  it('attaches the invoice PDF to the document, and a second request replaces it instead of adding one', async () => {
    const doc = await boundInvoice();
    const first = await getPdf(doc.id);
    expect(first).toMatchObject({
      status: 200,
      body: { filename: `${doc.countCode}.pdf`, message: expect.stringMatching(/^Attached /) },
    });
    const [attachment, ...more] = attachmentsOf(doc.id);
    expect(more).toHaveLength(0);
    expect(attachment).toMatchObject({ name: `${doc.countCode}.pdf`, fileCategory: 'TEXT_DOCUMENT' });
    const pdf = await downloaded(attachment!);
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toContain(doc.countCode);

    const second = await getPdf(doc.id);
    expect(second).toMatchObject({ status: 200, body: { message: expect.stringMatching(/^Replaced /) } });
    const after = attachmentsOf(doc.id);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(attachment!.id);
    expect(after[0]!.file[0].fileId).not.toBe(attachment!.file[0].fileId);
    expect((await downloaded(after[0]!)).startsWith('%PDF-')).toBe(true);
  });

  it('refuses a document that is not in Metakocka with 422 and what to do, without calling Metakocka or showing a secret', async () => {
    const data = await world.gql<{ createMetakockaSalesDocument: { id: string } }>(
      'mutation($d: MetakockaSalesDocumentCreateInput!) { createMetakockaSalesDocument(data: $d) { id } }',
      { d: { name: 'Nova ponudba', documentType: 'SALES_OFFER' } },
    );
    const calls = world.sandbox.calls.total();
    const reply = await getPdf(data.createMetakockaSalesDocument.id);
    expect(reply).toMatchObject({
      status: 422,
      body: {
        code: 'DOCUMENT_REFUSED',
        error: expect.stringMatching(/not in Metakocka yet/),
        action: expect.stringMatching(/Push it to Metakocka first/),
      },
    });
    expect(world.sandbox.calls.total()).toBe(calls);
    expect(attachmentsOf(data.createMetakockaSalesDocument.id)).toHaveLength(0);
    expect(JSON.stringify(reply.body)).not.toContain(world.sandbox.secretKey);
  });
});
