/** Sales documents by id and by type, in mk_id order; deletions are kept for assertions. */
import type { SalesDocType, SalesDocument } from './types';

export class DocumentBook {
  private readonly byId = new Map<string, SalesDocument>();
  private readonly perType = new Map<string, SalesDocument[]>();
  readonly deleted: SalesDocument[] = [];
  get(mkId: string): SalesDocument | undefined {
    return this.byId.get(mkId);
  }
  list(): SalesDocument[] {
    return [...this.byId.values()];
  }
  count(): number {
    return this.byId.size;
  }
  /** Documents of one type in mk_id order (the search order, API.md §2.5). */
  byType(docType: SalesDocType | string): SalesDocument[] {
    return (this.perType.get(docType) ?? []).filter((d) => this.byId.get(d.mkId) === d);
  }
  insert(doc: SalesDocument): SalesDocument {
    this.byId.set(doc.mkId, doc);
    const list = this.perType.get(doc.docType) ?? [];
    list.push(doc);
    this.perType.set(doc.docType, list);
    return doc;
  }
  remove(mkId: string): SalesDocument | undefined {
    const doc = this.byId.get(mkId);
    if (!doc) return undefined;
    this.byId.delete(mkId);
    this.deleted.push(doc);
    const list = this.perType.get(doc.docType);
    if (list)
      this.perType.set(
        doc.docType,
        list.filter((d) => d !== doc),
      );
    return doc;
  }
}
