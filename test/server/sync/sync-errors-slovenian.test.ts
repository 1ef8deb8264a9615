// Issue 15: what the sync tells about a record it could not carry over reads in Slovenian with every detail English
// gives (the record, the line, the value), and no English. Each error is raised the way the sync raises it: a run over
// a record with the bad value, a page of documents, a push, or the parser of Metakocka's answers.
import { parseEach } from 'server/metakocka/parse';
import { mkProductSchema } from 'server/metakocka/schemas/product.schema';
import { startRun } from 'server/sync/planner';
import { createIssueBook, errorFacts, issueWording } from 'server/sync/issues';
import { DOCUMENTS_STREAM } from 'server/sync/documents/model/stream-name';
import {
  DocumentKeptUnsentError,
  DocumentReadBackError,
  DocumentRefusedError,
  DocumentWritePendingError,
} from 'server/sync/documents/model/errors';
import { DocumentPdfError } from 'server/sync/documents/actions/pdf';
import { parseDocumentAction } from 'server/sync/documents/actions/actions';
import { writeDocumentsPage } from 'server/sync/documents/pull/write-page';
import { pushSalesDocument } from 'server/sync/documents/push/push';
import { toPutDocumentBody, type PushDocumentInput } from 'server/sync/documents/push/put-body';
import { compareReadBack } from 'server/sync/documents/push/read-back';
import { cappedNote, runName } from 'server/sync/run-words';
import type { SyncError } from 'server/errors';
import type { SyncIssueRecord } from 'server/crm';
import { englishWordsIn } from '../../support/english-leftovers';
import { createTestRuntime, type TestRuntime } from './support/runtime';
import { partner, product } from './support/mk-records';
import { document, line, sampleOrderWire, type WireLine } from './documents/builders';
import { bindPartners, pushDeps, startDocumentsEnv, type DocumentsEnv } from './documents/support';

/** Both texts a reader gets, in `lang`: from a raised error, or from a stored issue worded for that reader. */
const told = (source: SyncError | SyncIssueRecord, lang: 'en' | 'sl') => {
  if ('describe' in source) return source.describe(lang);
  const { message, suggestedAction } = issueWording(source, lang);
  return { message, action: suggestedAction ?? '' };
};

/** Slovenian that names every detail and holds no English; English that still reads as before. */
function expectBothLanguages(source: SyncError | SyncIssueRecord, details: string[], english: RegExp): void {
  const sl = told(source, 'sl');
  for (const detail of details) expect(sl.message).toContain(detail);
  expect(englishWordsIn(sl.message)).toEqual([]);
  expect(englishWordsIn(sl.action)).toEqual([]);
  expect(told(source, 'en').message).toMatch(english);
}

const issuesOf = (rt: TestRuntime) =>
  [...rt.crm.tables.metakockaSyncIssues.rows.values()] as unknown as SyncIssueRecord[];

async function run(rt: TestRuntime, stream: 'partners' | 'products') {
  await startRun(rt, stream, { trigger: 'manual', dryRun: false });
  await rt.drain();
}

describe('sync issues of a run, read by a Slovenian member', () => {
  it('a product without a name: the issue names its code and mk_id', async () => {
    const rt = createTestRuntime();
    rt.mk.products.push(product({ name: ' ', code: 'KAVA-BREZ-IMENA' }));
    await run(rt, 'products');
    const [issue] = issuesOf(rt);
    expect(issue).toMatchObject({
      errorCode: 'MAPPING',
      messageParams: expect.objectContaining({ mkId: issue!.metakockaId }),
    });
    expectBothLanguages(
      issue!,
      ['KAVA-BREZ-IMENA', issue!.metakockaId!, 'nima imena'],
      /KAVA-BREZ-IMENA .* has no name/,
    );
    expect(told(issue!, 'sl').action).toBe('Izdelek v Metakocki poimenujte; naslednje izvajanje ga prevzame.');
  });

  it('two contacts with one e-mail: the issue names the e-mail and the contact', async () => {
    const rt = createTestRuntime();
    const a = partner();
    const b = partner();
    b.contacts[0]!.email = a.contacts[0]!.email;
    rt.mk.partners.set(a.mkId, a).set(b.mkId, b);
    await run(rt, 'partners');
    const [issue] = issuesOf(rt);
    expect(issue).toMatchObject({ errorCode: 'UNIQUE_CLASH' });
    const contact = String(issue!.messageParams!.contactId);
    expectBothLanguages(issue!, [a.contacts[0]!.email, contact], /already belongs to another Twenty person/);
    expect(told(issue!, 'sl').action).toMatch(/združite ali e-naslov popravite/);
  });
});

describe("a product Metakocka's answer holds in a form the app cannot read", () => {
  it('names the field and the kind of problem in Slovenian words, never the value', () => {
    const { unreadable } = parseEach(mkProductSchema, 'product_list', 'product', [
      { mk_id: '1', name: 'x', weight: 'težko' },
      { name: 'brez id' },
    ]);
    const [notANumber, missing] = unreadable.map((u) => u.error);
    expectBothLanguages(notANumber!, ['izdelka 1', 'weight: ni število'], /\(weight: not a number\)/);
    expect(notANumber!.describe('sl').message).not.toContain('težko');
    expectBothLanguages(missing!, ['mk_id: manjka'], /\(mk_id: missing\)/);
  });
});

describe('the body of a document push', () => {
  const input = (lines: PushDocumentInput['lines']): PushDocumentInput => ({
    docType: 'sales_order',
    buyerOrder: 'TW-0123456789ABCDEF',
    documentDate: '2026-11-25',
    currency: 'EUR',
    partner: { mkId: '100', mkAddressId: '200' },
    lines,
  });
  const refusal = (lines: PushDocumentInput['lines']): SyncError => {
    try {
      toPutDocumentBody(input(lines));
    } catch (error) {
      return error as SyncError;
    }
    throw new Error('expected the body to be refused');
  };

  it('a quantity that is not a number: the line, its product code, the value and the field', () => {
    const error = refusal([{ code: 'KAVA-1', quantity: 'dva', unitPrice: '8,50', taxCode: 'EX4' }]);
    expectBothLanguages(error, ['1. vrstica (KAVA-1)', '»količina«', '»dva«'], /Line 1 \(KAVA-1\) has quantity "dva"/);
    expect(error.describe('sl').action).toBe('V polje »količina« vpišite število, npr. 2 ali 8,50.');
  });

  it('a line without a tax code: the line and the codes to choose from', () => {
    const error = refusal([{ code: '', quantity: '1', unitPrice: '1', taxCode: 'EX4' }]);
    expectBothLanguages(error, ['1. vrstica nima šifre izdelka'], /Line 1 has no product code/);
    const taxless = refusal([{ code: 'KAVA-1', quantity: '1', unitPrice: '1', taxCode: '' }]);
    expectBothLanguages(taxless, ['(brez oznake)'], /has tax code "\(none\)"/);
    expect(taxless.describe('sl').action).toMatch(/^Uporabite eno od oznak: .*EX4/);
  });
});

describe('a document Metakocka holds otherwise than it was sent', () => {
  it("names both sides' lines and totals, as the push compares them", () => {
    const sent = toPutDocumentBody({
      docType: 'sales_order',
      buyerOrder: 'TW-0123456789ABCDEF',
      documentDate: '2026-11-25',
      currency: 'EUR',
      partner: { mkId: '100', mkAddressId: '200' },
      lines: [
        { code: 'KAVA-1', quantity: '2', unitPrice: '10', taxCode: 'EX4' },
        { code: 'CAJ-2', quantity: '1', unitPrice: '5', taxCode: 'EX4' },
      ],
    });
    const found = document({ count_code: 'PN-7', product_list: [line({ code: 'KAVA-1', amount: '2', price: '10' })] });
    const error = new DocumentReadBackError({ document: 'PN-7', ...compareReadBack(sent, found)! });
    expectBothLanguages(
      error,
      ['PN-7', 'Poslane vrstice: 2 × KAVA-1, 1 × CAJ-2', 'najdene: 2 × KAVA-1', '25.00'],
      /Metakocka holds PN-7 differently from what was sent\. Lines sent: 2 × KAVA-1, 1 × CAJ-2; found: 2 × KAVA-1\./,
    );
  });
});

describe('a document made from an opportunity', () => {
  it('with more lines than a document holds: the limit and the count', () => {
    const productId = '2f1c7a7e-2b44-4a53-9a59-7f7d0f6f1e12';
    let refused: SyncError | null = null;
    try {
      parseDocumentAction({
        action: 'create-from-opportunity',
        opportunityId: '2f1c7a7e-2b44-4a53-9a59-7f7d0f6f1e11',
        documentType: 'SALES_OFFER',
        lines: Array.from({ length: 51 }, () => ({ productId, quantity: '1' })),
      });
    } catch (error) {
      refused = error as SyncError;
    }
    expectBothLanguages(refused!, ['največ 50 vrstic', 'ima 51'], /at most 50 lines, and this one has 51/);
    expect(refused!.describe('sl').action).toMatch(/s prvimi 50 vrsticami/);
  });
});

describe('documents read from and sent to Metakocka', () => {
  let env: DocumentsEnv;
  beforeAll(async () => {
    env = await startDocumentsEnv({ documents: 0, partners: 2, products: 2 });
  });
  afterAll(() => env.close());

  const issues = () => [...env.rt.crm.tables.metakockaSyncIssues.rows.values()] as unknown as SyncIssueRecord[];
  const write = async (doc: ReturnType<typeof document>) => {
    const book = createIssueBook(env.rt, DOCUMENTS_STREAM);
    await writeDocumentsPage([doc], { ...pushDeps(env), issues: book, dryRun: false });
    await book.flush({ dryRun: false, resolveOpen: true });
    return issues().find((i) => i.metakockaId === doc.mk_id && i.status === 'OPEN')!;
  };

  it("sums that disagree with the lines: the figure, Metakocka's value and the lines' total", async () => {
    const issue = await write(document({ mk_id: '510001', count_code: 'PP-51', sum_all: '75.65' }));
    expect(issue).toMatchObject({ errorCode: 'TOTALS_MISMATCH' });
    expectBothLanguages(issue, ['sum_all', 'PP-51', '75.65', '75.64'], /sum_all for document PP-51 .* is 75\.65/);
  });

  it('a line discount that is not a percentage: the discount as written', async () => {
    const lines = (sampleOrderWire().product_list as WireLine[]).map((l, i) =>
      i === 0 ? { ...l, discount: '10%' } : l,
    );
    const issue = await write(document({ mk_id: '510002', count_code: 'PP-52', product_list: lines }));
    expect(issue).toMatchObject({ errorCode: 'MAPPING' });
    expectBothLanguages(issue, ['»10%«'], /Discount "10%" is not a percentage/);
  });

  it('a discount Metakocka wrote that is not a number: the value and what it should be', async () => {
    const lines = (sampleOrderWire().product_list as WireLine[]).map((l, i) =>
      i === 0 ? { ...l, discount: '1,2,3' } : l,
    );
    const issue = await write(document({ mk_id: '510004', count_code: 'PP-54', product_list: lines }));
    expect(issue).toMatchObject({ errorCode: 'MK_VALUE' });
    expectBothLanguages(issue, ['"1,2,3"', 'ni število'], /The value "1,2,3" is not a number Metakocka writes/);
  });

  it('a document of a type the app does not sync: its id and type', async () => {
    const issue = await write(document({ mk_id: '510003', doc_type: 'purchase_order', product_list: [line()] }));
    expect(issue).toMatchObject({ errorCode: 'MAPPING' });
    expectBothLanguages(issue, ['510003', '»purchase_order«'], /type "purchase_order", which is not a sales document/);
  });

  it('a push for a customer not linked to a partner: names the company and says how to link it', async () => {
    await bindPartners(env);
    const [company] = await env.rt.crm.companies.upsertMany([{ name: 'Kavarna Pod lipo d.o.o.' }]);
    const [record] = await env.repos.documents.upsertMany([
      { name: 'Ponudba', documentType: 'SALES_OFFER', companyId: company!.id, currency: 'EUR' },
    ]);
    const refused = await pushSalesDocument(pushDeps(env, { pushPartner: async () => undefined }), record!.id).then(
      () => null,
      (error: SyncError) => error,
    );
    expect(refused).toMatchObject({ code: 'MAPPING' });
    expectBothLanguages(
      refused!,
      ['podjetje »Kavarna Pod lipo d.o.o.«'],
      /The company "Kavarna Pod lipo d.o.o." is not linked/,
    );
    expect(refused!.describe('sl').action).toMatch(/pošiljanje podjetij v Metakocko/);
  });
});

describe('document errors that carry another', () => {
  it('a kept Twenty version that could not be sent tells why in the same language', () => {
    const refused = new DocumentRefusedError('NOT_SUPPORTED', 'pushInvoice', { name: 'RA-2026-7' });
    const kept = new DocumentKeptUnsentError(errorFacts(refused));
    expectBothLanguages(kept, ['RA-2026-7', 'twenty-wins'], /could not be sent to Metakocka: RA-2026-7 is an invoice/);
    expect(kept.describe('sl').action).toMatch(/Do takrat Twenty obdrži svojo različico/);
    expect(kept.action).toMatch(/Until then Twenty keeps its version/);
  });

  it("a lost create names the buyer order, and a refused print-out the report and Metakocka's own words", () => {
    expectBothLanguages(
      new DocumentWritePendingError('TW-00AA11BB22CC33DD'),
      ['TW-00AA11BB22CC33DD'],
      /creating TW-00AA11BB22CC33DD was lost/,
    );
    const refused = new DocumentPdfError('refused', { document: 'PO-12', reportId: '77', oprDesc: '' });
    expectBothLanguages(refused, ['PO-12', '77', 'razloga ni navedla'], /refused to print PO-12 with report 77/);
    const notPdf = new DocumentPdfError('notPdf', { document: 'PO-12', reportId: '77', contentType: 'text/html' });
    expectBothLanguages(notPdf, ['text/html', '77'], /with text\/html, not a PDF/);
    expect(notPdf.describe('sl').action).toBe('Uporabite ID poročila, ki natisne PDF (izpis računa je 38).');
  });
});

describe("a run's own record", () => {
  it('names its stream as a word of the workspace language', () => {
    expect(runName('sl', 'documents', false, '2026-12-07T09:30:00.000Z')).toBe(
      'Sinhronizacija prodajnih dokumentov, 2026-12-07 09:30 UTC',
    );
    expect(runName('en', 'partners', true, '2026-12-07T09:30:00.000Z')).toBe(
      'Dry run of partners, 2026-12-07 09:30 UTC',
    );
  });

  it('tells a capped run in Slovenian with the plural form the count needs', () => {
    expect([1, 2, 3, 5, 101].map((n) => cappedNote('sl', n).split(' (')[0])).toEqual([
      'Ustavljeno po 1 zapisu',
      'Ustavljeno po 2 zapisih',
      'Ustavljeno po 3 zapisih',
      'Ustavljeno po 5 zapisih',
      'Ustavljeno po 101 zapisu',
    ]);
    expect(englishWordsIn(cappedNote('sl', 5))).toEqual([]);
  });
});
