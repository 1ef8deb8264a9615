/** A refusal answered as JSON with HTTP 200 and a non-zero opr_code (API.md §5.1, §5.2). */
export class MkFail extends Error {
  constructor(
    readonly oprCode: string,
    readonly oprDesc: string,
  ) {
    super(`opr_code ${oprCode}: ${oprDesc}`);
    this.name = 'MkFail';
  }
}

/** The get_document / search not-found text, reused by every method that looks a document up (API.md §2.5). */
export const documentNotFound = (docType: string, id: string | undefined): MkFail =>
  new MkFail('2', `Cannot find document type ${docType} with id = ${id ?? 'null'}`);
