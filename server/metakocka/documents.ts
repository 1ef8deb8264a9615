// Documents (family B): get_document, put_document, update_document, delete_document, change_document_status,
// report (API.md §2.5). put_document with mk_id replaces the whole document (API.md §6, item 6).
import type { MetakockaCaller, MkFile } from './client';
import { everyItem, parseAnswer, parseEach } from './parse';
import { mkDocumentSchema, type MkDocumentWire } from './schemas/document.schema';
import { mkWriteResultSchema, type MkWriteResultWire } from './schemas/product.schema';
import type { WireObject } from './wire';

/** get_document takes the document's mk_id as `doc_id`; sales orders can be read by buyer_order (API.md §6, item 5). */
export type DocumentRef = { docType: string; docId: string } | { docType: 'sales_order'; buyerOrder: string };
export type DocumentOptions = { showPaymentDetail?: boolean; showTaxFactor?: boolean; showProductDetail?: boolean };
export type StatusTarget = { mkId: string } | { mkIdList: string[] } | { buyerOrder: string };

export interface DocumentsApi {
  getDocument(ref: DocumentRef, options?: DocumentOptions): Promise<MkDocumentWire>;
  /** A full document in wire names; doc_date as dd.mm.yyyy (values.formatDocumentDate). With mk_id it REPLACES the document. */
  putDocument(document: WireObject & { doc_type: string }): Promise<MkWriteResultWire>;
  /** A patch: only the listed fields change (sales orders; bills take only status_code). */
  updateDocument(patch: WireObject & { doc_type: string }): Promise<void>;
  /** Needs both mk_id and doc_type (live: doc_id alone fails, API.md §2.5). */
  deleteDocument(ref: { docType: string; mkId: string }): Promise<void>;
  changeDocumentStatus(
    request: { docType: string; statusCode: string; apiUserEmail?: string } & StatusTarget,
  ): Promise<void>;
  /** The rendered file (report_id 38 = invoice print-out); a JSON answer is an error (API.md §2.5 "report"). */
  report(request: { mkId: string; reportId?: string; type?: string; locale?: string }): Promise<MkFile>;
}

const flag = (on: boolean | undefined) => (on ? 'true' : undefined);

export function documentsApi(caller: MetakockaCaller): DocumentsApi {
  return {
    async getDocument(ref, options = {}) {
      const json = await caller.call('get_document', {
        doc_type: ref.docType,
        ...('docId' in ref ? { doc_id: ref.docId } : { buyer_order: ref.buyerOrder }),
        show_payment_detail: flag(options.showPaymentDetail),
        show_tax_factor: flag(options.showTaxFactor),
        show_product_detail: flag(options.showProductDetail),
      });
      // Read as a one-item list, so a document that does not fit fails as MK_ITEM_UNREADABLE naming its mk_id.
      return everyItem(parseEach(mkDocumentSchema, 'get_document', 'document', [json]))[0]!;
    },
    async putDocument(document) {
      return parseAnswer(mkWriteResultSchema, 'put_document', await caller.call('put_document', document));
    },
    async updateDocument(patch) {
      await caller.call('update_document', patch);
    },
    async deleteDocument(ref) {
      await caller.call('delete_document', { mk_id: ref.mkId, doc_type: ref.docType });
    },
    async changeDocumentStatus(request) {
      await caller.call('change_document_status', {
        doc_type: request.docType,
        status_code: request.statusCode,
        api_user_email: request.apiUserEmail,
        mk_id: 'mkId' in request ? request.mkId : undefined,
        mk_id_list: 'mkIdList' in request ? request.mkIdList : undefined,
        buyer_order: 'buyerOrder' in request ? request.buyerOrder : undefined,
      });
    },
    async report(request) {
      const params = [{ type: 'REPORT_TYPE', value: request.type ?? 'PDF' }];
      if (request.locale) params.push({ type: 'LOCALE', value: request.locale });
      return caller.callFile('report', { mk_id: request.mkId, report_id: request.reportId ?? '38', params });
    },
  };
}
