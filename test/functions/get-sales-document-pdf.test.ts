// get-sales-document-pdf (workflow action "Get document PDF"): a bound invoice gets Metakocka's PDF as its attachment;
// an order needs the company's report id and Metakocka's own refusal is passed on.
import { useDocumentsWorld } from 'test/e2e/use-documents-world';

const world = useDocumentsWorld({ partners: 4, products: 8, documents: 30 });

async function bound(docType: string, select: string): Promise<{ id: string; countCode: string }> {
  const mk = world.sandbox.store.documents.list().find((d) => d.docType === docType)!;
  const data = await world.gql<{ createMetakockaSalesDocument: { id: string } }>(
    'mutation($d: MetakockaSalesDocumentCreateInput!) { createMetakockaSalesDocument(data: $d) { id } }',
    { d: { name: mk.countCode, documentType: select, metakockaId: mk.mkId, countCode: mk.countCode } },
  );
  return { id: data.createMetakockaSalesDocument.id, countCode: mk.countCode };
}

describe('get-sales-document-pdf', () => {
  it('attaches the invoice print-out to the document', async () => {
    const doc = await bound('sales_bill_domestic', 'SALES_BILL_DOMESTIC');
    const result = (await world.harness.workflowAction('get-sales-document-pdf', { documentId: doc.id })) as {
      attachmentId: string;
      filename: string;
    };
    expect(result.filename).toBe(`${doc.countCode}.pdf`);
    const attachment = world.rows('attachment').find((a) => a.id === result.attachmentId)!;
    expect(attachment.targetMetakockaSalesDocumentId).toBe(doc.id);
    const file = world.standIn.files.get(attachment.file[0].fileId)!;
    expect(new TextDecoder().decode(file.bytes!.slice(0, 5))).toBe('%PDF-');
  });

  it("asks for a report id for an order, and passes Metakocka's refusal on for one that does not print orders", async () => {
    const doc = await bound('sales_order', 'SALES_ORDER');
    await expect(world.harness.workflowAction('get-sales-document-pdf', { documentId: doc.id })).rejects.toThrow(
      /only for invoices and credit notes/,
    );
    await expect(
      world.harness.workflowAction('get-sales-document-pdf', { documentId: doc.id, reportId: '38' }),
    ).rejects.toThrow(/Report 38 cannot print document type sales_order/);
    expect(world.rows('attachment').filter((a) => a.targetMetakockaSalesDocumentId === doc.id)).toHaveLength(0);
  });
});
