// Push: a Twenty sales document (offer or order) → Metakocka via put_document; bind the returned mk_id and count code,
// read the document back, compare, and store Metakocka's version in Twenty through the pull's own writer.
// A create is never sent twice: before sending, and after a lost answer, the document is looked up by its buyer
// order (API.md §5.1, §6 item 9). An existing document is resent whole (put_document with mk_id replaces it,
// §6 item 6) with the head fields Twenty does not manage carried over from Metakocka's current version.
import { decimal, parseDecimal, toPlainString } from 'server/money/decimal';

import type { IssueBook } from '../../issues';
import { customerPartnerRef, type CustomerRefDeps } from './customer-ref';
import { rulesForSelectValue, type DocumentTypeRules } from '../model/document-types';
import { DocumentReadBackError, DocumentRefusedError, DocumentWritePendingError } from '../model/errors';
import {
  buyerOrderFor,
  toPutDocumentBody,
  type PushableDocType,
  type PushLineInput,
  type MkPutDocumentWire,
} from './put-body';
import { compareReadBack } from './read-back';
import type { DocumentRepos, SalesDocumentLineRecord, SalesDocumentRecord } from 'server/crm/sales-documents';
import { writeDocumentsPage, type WriteDeps } from '../pull/write-page';
import { MetakockaWriteUncertainError, ljubljanaDateOf, type DocumentsMk, type MkDocumentWire } from '../../mk-port';

export interface PushDeps extends CustomerRefDeps, Omit<WriteDeps, 'repos' | 'dryRun' | 'issues'> {
  mk: DocumentsMk;
  repos: DocumentRepos;
  issues: IssueBook;
}

export interface PushOutcome {
  action: 'created' | 'found-after-lost-answer' | 'updated';
  metakockaId: string;
  countCode: string;
}

/** A document read whole: payments, tax factors and line row ids (API.md §2.5). */
export const READ_OPTIONS = { showPaymentDetail: true, showTaxFactor: true, showProductDetail: true };

export async function loadDocument(repos: DocumentRepos, id: string): Promise<SalesDocumentRecord> {
  const [record] = await repos.documents.findByIds([id]);
  if (!record) throw new DocumentRefusedError('NOT_FOUND', 'missingInTwenty', { id });
  return record;
}

/** Offers and orders only; an issued document never (issue #6: the lock is structural, pushes never touch it). */
export function pushableRules(record: SalesDocumentRecord): DocumentTypeRules & { docType: PushableDocType } {
  const rules = record.documentType ? rulesForSelectValue(record.documentType) : undefined;
  if (record.isIssued) {
    throw new DocumentRefusedError('ISSUED', 'issued', { name: record.name || record.id });
  }
  if (!rules || !rules.canCreateFromTwenty) {
    throw new DocumentRefusedError('NOT_SUPPORTED', rules ? 'pushInvoice' : 'pushUntyped', {
      name: record.name || record.id,
    });
  }
  return rules as DocumentTypeRules & { docType: PushableDocType };
}

async function lineInputs(deps: PushDeps, lines: SalesDocumentLineRecord[]): Promise<PushLineInput[]> {
  const productIds = [...new Set(lines.map((l) => l.productId).filter((id): id is string => !!id))];
  const products = new Map((productIds.length ? await deps.products.findByIds(productIds) : []).map((p) => [p.id, p]));
  return [...lines]
    .sort((a, b) => (a.lineNumber ?? 0) - (b.lineNumber ?? 0))
    .map((l) => {
      const product = l.productId ? products.get(l.productId) : undefined;
      const unitMinor = currencyToMinorExact(l.unitPrice);
      return {
        code: product?.code || l.code,
        productMkId: product?.metakockaId ?? null,
        quantity: String(l.quantity ?? ''),
        unitPrice: unitMinor,
        discountPercent:
          l.discountPercent === null || l.discountPercent === undefined ? null : String(l.discountPercent),
        taxCode: l.vatCode || product?.vatCode || '',
      };
    });
}

/** A unit price in micros → a decimal string with up to six places (prices may carry more than cents, API.md §1.5). */
function currencyToMinorExact(value: SalesDocumentLineRecord['unitPrice']): string {
  if (!value || value.amountMicros === null || value.amountMicros === undefined) return '';
  const micros = parseDecimal(String(value.amountMicros));
  return toPlainString(decimal(micros.units, micros.scale + 6));
}

/** Head fields of Metakocka's current version that Twenty does not manage; a replace would delete them otherwise. */
const CARRIED_OVER = [
  'title',
  'warehouse',
  'notes',
  'notes_header',
  'method_of_payment',
  'profit_center',
  'delivery_type',
  'pariteta',
  'sales_pricelist_code',
  'status_code',
];

function carryOver(current: MkDocumentWire): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of CARRIED_OVER) {
    const value = (current as Record<string, unknown>)[key];
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  if (current.receiver?.mk_id && current.receiver.mk_address_id)
    out.receiver = { mk_id: current.receiver.mk_id, mk_address_id: current.receiver.mk_address_id };
  return out;
}

async function createOnce(
  deps: PushDeps,
  body: MkPutDocumentWire,
): Promise<{ mkId: string; countCode: string; found: boolean }> {
  const lookup = () =>
    deps.mk.findDocumentAfterUncertainWrite({ docType: body.doc_type, buyerOrder: body.buyer_order });
  const earlier = await lookup(); // an earlier attempt whose answer (or whose binding in Twenty) was lost
  if (earlier) return { mkId: earlier.mk_id, countCode: earlier.count_code ?? '', found: true };
  try {
    const result = await deps.mk.putDocument(body as unknown as Parameters<DocumentsMk['putDocument']>[0]);
    return { mkId: result.mk_id, countCode: result.count_code ?? '', found: false };
  } catch (error) {
    if (!(error instanceof MetakockaWriteUncertainError)) throw error;
    const after = await lookup();
    if (after) return { mkId: after.mk_id, countCode: after.count_code ?? '', found: true };
    throw new DocumentWritePendingError(body.buyer_order);
  }
}

export async function pushSalesDocument(deps: PushDeps, recordId: string): Promise<PushOutcome> {
  const record = await loadDocument(deps.repos, recordId);
  const rules = pushableRules(record);
  const lines = await deps.repos.lines.findBy('salesDocumentId', [record.id]);
  const buyerOrder = record.buyerOrder || buyerOrderFor(record.id);
  if (!record.buyerOrder) await deps.repos.documents.upsertMany([{ id: record.id, buyerOrder }]); // visible before anything is sent
  const current = record.metakockaId
    ? await deps.mk.getDocument({ docType: rules.docType, docId: record.metakockaId })
    : null;
  const body = toPutDocumentBody({
    docType: rules.docType,
    mkId: record.metakockaId,
    buyerOrder,
    documentDate: record.documentDate ?? ljubljanaDateOf(deps.now()).date,
    currency: record.currency || 'EUR',
    title: current ? undefined : record.name,
    partner: await customerPartnerRef(deps, record),
    lines: await lineInputs(deps, lines),
  });
  const sent = current ? ({ ...carryOver(current), ...body } as MkPutDocumentWire) : body;
  let outcome: PushOutcome;
  if (current) {
    // A replace of an existing document is idempotent, so a lost answer is settled by the read-back below.
    await deps.mk.putDocument(sent as unknown as Parameters<DocumentsMk['putDocument']>[0]).catch((error) => {
      if (!(error instanceof MetakockaWriteUncertainError)) throw error;
    });
    outcome = {
      action: 'updated',
      metakockaId: record.metakockaId!,
      countCode: current.count_code ?? record.countCode,
    };
  } else {
    const created = await createOnce(deps, sent);
    await deps.repos.documents.upsertMany([
      { id: record.id, metakockaId: created.mkId, countCode: created.countCode, buyerOrder },
    ]); // bind first
    outcome = {
      action: created.found ? 'found-after-lost-answer' : 'created',
      metakockaId: created.mkId,
      countCode: created.countCode,
    };
  }
  const readBack = await deps.mk.getDocument({ docType: rules.docType, docId: outcome.metakockaId }, READ_OPTIONS);
  // Metakocka's version of what Twenty just sent replaces Twenty's, whatever the conflict policy.
  // The read-back is part of the push: its timeline tells "pushed" (keep-twenty.ts), not a pull of the same change.
  await writeDocumentsPage([readBack], {
    ...deps,
    dryRun: false,
    conflictPolicy: 'metakocka-wins',
    timeline: undefined,
  });
  const differences = compareReadBack(sent, readBack);
  if (differences && outcome.action !== 'found-after-lost-answer') {
    throw new DocumentReadBackError({ document: readBack.count_code ?? outcome.metakockaId, ...differences });
  }
  return outcome;
}
