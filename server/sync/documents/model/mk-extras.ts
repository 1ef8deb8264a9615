// Document fields the client's schema keeps as unknown (its looseObject passes them through unparsed):
// read here defensively, with the client's own value parsers. TODO(#6): ask B to add them to document.schema.ts.
import { asArray, type MkDocumentWire } from '../../mk-port';

/** A passed-through text field; numbers become strings, anything else (objects, "") counts as absent. */
export function extraText(doc: MkDocumentWire, key: string): string | undefined {
  const value = (doc as Record<string, unknown>)[key];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export interface MkLinkRefWire {
  mk_id?: string;
  count_code?: string;
  doc_type?: string;
}

/** A passed-through list of `{mk_id, count_code, doc_type}` links (order_list, credit_note_list; API.md §3.3). */
export function extraLinks(doc: MkDocumentWire, key: string): MkLinkRefWire[] {
  return asArray((doc as Record<string, unknown>)[key] as MkLinkRefWire | MkLinkRefWire[] | undefined)
    .filter((link): link is MkLinkRefWire => typeof link === 'object' && link !== null)
    .map((link) => ({
      mk_id: link.mk_id === undefined ? undefined : String(link.mk_id),
      count_code: link.count_code === undefined ? undefined : String(link.count_code),
      doc_type: link.doc_type === undefined ? undefined : String(link.doc_type),
    }));
}
