// The most lines a document made from an opportunity may have: the offer/order form stops adding rows here and the
// server refuses more (server/sync/documents/from-opportunity.ts). 50 rows keep the form's product lookup to one
// page (4 products a code, 200 rows) and the draft's lines to one Twenty write (200 records at most).
export const MAX_OPPORTUNITY_DOCUMENT_LINES = 50;
