/**
 * Smaller document services other clients call: search_tracking_code and search_query_advance_discovery (family B),
 * add_attachment (family C) and json/get_bank_statement (family A). Shapes after the OFF page of each method.
 */
import { MkFail, documentNotFound } from '../store/mk-fail';
import { filled, items, type Body } from '../values/body';
import { compact } from '../values/wire';
import { KEPT_DOC_TYPES } from './document-input';
import { QUERY_ADVANCE_TYPES } from './document-read';
import { pageBounds } from './products';
import type { MethodHandler } from './types';

/**
 * The sales order of a tracking code or return tracking code (OFF/docs/search_tracking_code.md); an unknown code is
 * opr_code 6 "Tracking code X not found" (the docs' error example; MCP's live contract test). The sandbox prints no
 * stickers, so a sticker_code finds nothing.
 */
export const searchTrackingCode: MethodHandler = ({ store, body }) => {
  const code = filled(body, 'tracking_code') ?? filled(body, 'sticker_code');
  if (code === undefined) throw new MkFail('2', 'Paramether tracking_code must be set');
  const byTracking = filled(body, 'tracking_code') !== undefined;
  const order = byTracking
    ? store.documents
        .byType('sales_order')
        .find((d) => d.head.tracking_code === code || d.head.return_tracking_code === code)
    : undefined;
  if (!order) throw new MkFail('6', `Tracking code ${code} not found`);
  return {
    json: compact({
      mk_id: order.mkId,
      count_code: order.countCode,
      buyer_order: order.head.buyer_order,
      tracking_code: order.head.tracking_code,
      return_tracking_code: order.head.return_tracking_code,
    }),
  };
};

/** The advanced-search filters per document type, or for the one asked (OFF/docs/search_query_advance_discovery.md). */
export const searchQueryAdvanceDiscovery: MethodHandler = ({ body }) => {
  const asked = filled(body, 'doc_type');
  if (asked !== undefined && !(KEPT_DOC_TYPES as string[]).includes(asked))
    throw new MkFail('2', `Unknown document type : ${asked}`);
  const types = asked === undefined ? KEPT_DOC_TYPES : [asked];
  return {
    json: Object.fromEntries(
      types.map((t) => [
        t,
        QUERY_ADVANCE_TYPES.filter((q) => !q.for || q.for(t)).map((q) => ({
          value_desc: q.value_desc,
          label: q.label,
          type: q.type,
        })),
      ]),
    ),
  };
};

function attachmentName(a: Body): string {
  const name = filled(a, 'file_name');
  if (name === undefined) throw new MkFail('6', 'file_name is required'); // the docs' error example
  if (filled(a, 'source_url') === undefined && filled(a, 'data_b64') === undefined)
    throw new MkFail('6', 'source_url or data_b64 is required');
  return name;
}

/** Adds files to any document (OFF/docs/add_attachment.md); the sandbox keeps their names, not their bytes. */
export const addAttachment: MethodHandler = ({ store, body }) => {
  const mkId = filled(body, 'mk_id');
  if (mkId === undefined) throw new MkFail('2', 'Paramether mk_id must be set');
  const docType = filled(body, 'doc_type');
  if (docType === undefined) throw new MkFail('2', "Paramether 'doc_type' must be set.");
  const names = items(body, 'attachment_list').map(attachmentName);
  if (names.length === 0) throw new MkFail('6', 'attachment_list is required');
  const doc = store.documents.get(mkId);
  if (!doc || doc.docType !== docType) throw documentNotFound(docType, mkId);
  doc.attachments = [...(doc.attachments ?? []), ...names];
  doc.lastChangeTs = store.now();
  return { json: {} };
};

/**
 * Bank statements (OFF/docs/get_bank_statement.md): the sandbox company keeps no bank account, so every query answers
 * the documented empty page (limit, offset, result_count "0").
 */
export const getBankStatement: MethodHandler = ({ body }) => {
  const { limit, offset } = pageBounds(body, 100);
  return { json: { limit: String(limit), offset: String(offset), result_count: '0' } };
};
