// search answers: result_all_records (the total), result_count (this page) and result[] of full documents
// (result_type "doc") or bare hits { mk_id, count_code } (API.md §2.5 "search", §4).
import { z } from 'zod';

import { mkCount, mkId, mkItems, mkList, mkText, optional } from './fields';

export const mkSearchHitSchema = z.looseObject({ mk_id: mkId, count_code: optional(mkText) });
export type MkSearchHitWire = z.infer<typeof mkSearchHitSchema>;

const searchHead = {
  result_all_records: optional(mkCount),
  result_count: optional(mkCount),
  offset: optional(mkCount),
  limit: optional(mkCount),
};

export const mkSearchHitsSchema = z.looseObject({ ...searchHead, result: mkList(mkSearchHitSchema) });
/** The documents are read one by one (search.ts), each with mkDocumentSchema. */
export const mkSearchDocumentsSchema = z.looseObject({ ...searchHead, result: mkItems });
