// The "twenty-wins" side of a document conflict (twenty-edits.ts): Twenty's version stays and is pushed, as the user's
// own push would send it. What the push cannot send (an invoice, an issued document) or fails to send stays as Twenty
// has it, with an issue that says why; the next run tries again while both sides still differ.
import type { SyncRuntime } from '../../ports';
import { errorFacts } from '../../issues';
import { pushRecords } from '../../partners/push';
import type { CustomerRefDeps } from '../push/customer-ref';
import { DocumentKeptUnsentError } from '../model/errors';
import { pushSalesDocument, type PushDeps } from '../push/push';
import { SALES_DOCUMENT_OBJECT } from './twenty-edits';

/** The partners stream's push of one company or person, for a document whose customer is not in Metakocka yet. */
export const partnerPusher =
  (rt: SyncRuntime): CustomerRefDeps['pushPartner'] =>
  async (object, id) =>
    void (await pushRecords(
      { companyIds: object === 'company' ? [id] : [], personIds: object === 'person' ? [id] : [] },
      rt,
    ));

export async function pushKeptEdits(
  deps: PushDeps,
  kept: ReadonlyArray<{ id: string; metakockaId: string }>,
): Promise<void> {
  for (const doc of kept) {
    try {
      await pushSalesDocument(deps, doc.id);
      deps.timeline?.record({ object: SALES_DOCUMENT_OBJECT, recordId: doc.id, kind: 'pushed' });
    } catch (error) {
      deps.issues.fail({
        recordObject: SALES_DOCUMENT_OBJECT,
        metakockaId: doc.metakockaId,
        recordId: doc.id,
        error: new DocumentKeptUnsentError(errorFacts(error)),
      });
    }
  }
}
