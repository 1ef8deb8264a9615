// Errors the sync itself raises about records (mapping, matching), beside the client and gateway errors.
import type { ErrorParams } from 'server/error-catalogue';
import { catalogued, problemOf, requestProblems, SyncError } from 'server/errors';

/** What does not fit, each worded with its next step in the catalogue (MAPPING's `problem.<key>` terms). */
export type MappingProblem =
  | 'companyNoName'
  | 'personNoName'
  | 'productNoName'
  | 'stockRow'
  | 'documentType'
  | 'subCent'
  | 'lineNoRowId'
  | 'discount'
  | 'actionInvalid'
  | 'tooManyLines'
  | 'opportunityMissing'
  | 'opportunityNoCustomer'
  | 'lineProductMissing'
  | 'lineNoPrice'
  | 'noCustomer'
  | 'customerGone'
  | 'customerUnlinked'
  | 'customerNoAddress'
  | 'lineNoCode'
  | 'lineNotNumber'
  | 'lineQuantity'
  | 'lineTaxCode'
  | 'customerNotLinked'
  | 'noLines'
  | 'currency'
  | 'noBuyerOrder';

/** The source record cannot be represented on the other side; fixing the record fixes the issue. The parameters name
 *  the record, line and value, so the sentence is worded in each reader's language. */
export class MappingError extends SyncError {
  readonly code = 'MAPPING';
  readonly retryable = false;
  constructor(
    readonly problem: MappingProblem,
    params: ErrorParams = {},
  ) {
    super(problemOf('MAPPING', problem, params));
  }
}

/** What matched more than one record: a kind the catalogue words per language, and the values that matched. */
export type AmbiguousSubject =
  | { what: 'partner'; countCode: string; taxNumber: string }
  | { what: 'email'; email: string }
  | { what: 'company'; name: string; taxNumber: string }
  | { what: 'product'; code: string };

/** More than one existing record could be the match; the sync refuses to guess (ANCHORS.md §5 feature 1). */
export class AmbiguousMatchError extends SyncError {
  readonly code = 'AMBIGUOUS_MATCH';
  readonly retryable = false;
  constructor(subject: AmbiguousSubject, candidates: string[]) {
    super(
      catalogued('AMBIGUOUS_MATCH', {
        ...subject,
        count: candidates.length,
        candidates: candidates.slice(0, 5).join(', '),
      }),
      'Merge the duplicates in Twenty, or set the Metakocka id on the right record, then resync.',
    );
  }
}

/** A unique value in Twenty (person e-mail, company domain) already belongs to another bound record. */
export class UniqueClashError extends SyncError {
  readonly code = 'UNIQUE_CLASH';
  readonly retryable = false;
  /** `holderId` is empty when the holder is a person this run synced first (not in Twenty yet). */
  constructor(params: { email: string; contactId: string; holderId: string }) {
    super(problemOf('UNIQUE_CLASH', 'email', params));
  }
}

/** The bound Metakocka partner no longer exists (deleted in the Metakocka UI; the API cannot delete partners, API.md §2.2). */
export class PartnerGoneError extends SyncError {
  readonly code = 'MK_PARTNER_GONE';
  readonly retryable = false;
  constructor(mkId: string) {
    super(
      catalogued('MK_PARTNER_GONE', { mkId }),
      'Unlink the record from Metakocka (record action) to create it again, or exclude it from the sync.',
    );
  }
}

/** A company with the tax number of a partner that another Twenty company is already linked to: a duplicate in Twenty. */
export class PartnerHeldError extends SyncError {
  readonly code = 'PARTNER_HELD';
  readonly retryable = false;
  constructor(params: { name: string; taxNumber: string; countCode: string; holderId: string }) {
    super(
      catalogued('PARTNER_HELD', params),
      'Merge the two companies in Twenty, or correct the tax number of this one; the next run picks it up.',
    );
  }
}

/** "Resync" on a record excluded from the sync: nothing is read or written for it until it is included again. */
export class RecordExcludedError extends SyncError {
  readonly code = 'RECORD_EXCLUDED';
  readonly retryable = false;
  constructor(object: string) {
    super(
      catalogued('RECORD_EXCLUDED', { object }),
      `Run "Include in Metakocka sync again" on the ${object} (needs the Manage Metakocka permission): that includes it and queues a sync.`,
    );
  }
}

/** Metakocka kept a partner value the push changed (a value cleared in Twenty: update_partner keeps empty fields). */
export class PartnerValueKeptError extends SyncError {
  readonly code = 'PARTNER_VALUE_KEPT';
  readonly retryable = false;
  constructor(params: { field: string; value: string }) {
    super(catalogued('PARTNER_VALUE_KEPT', params));
  }
}

/** Which of the sync's routes a request was for; each names its fields and the shape it expects. */
export type SyncRequestKind = 'run' | 'recordAction' | 'linkPartner';

/** A request to a sync route that its schema refuses (400); nothing was started or changed. */
export class SyncRequestError extends SyncError {
  readonly code = 'SYNC_REQUEST_INVALID';
  readonly retryable = false;
  readonly httpStatus = 400;
  constructor(request: SyncRequestKind, issues: Parameters<typeof requestProblems>[0]) {
    super(problemOf('SYNC_REQUEST_INVALID', request, requestProblems(issues)));
  }
}
