// Twenty keeps a person's primary e-mail unique (contract/README.md b6): a write that gives a person an e-mail another
// person holds is refused whole, so the pull and the push alike leave that e-mail out, write the rest, and raise one
// issue naming the person who holds it.
import type { PersonDraft, PersonRecord } from 'server/crm';
import { fieldHash } from '../conflicts';
import { UniqueClashError } from '../errors';
import { encodeFieldHashes } from '../hashing';
import type { IssueBook } from '../issues';
import { joinName } from './fields';
import type { RecordPlan } from './mapper';

/** The e-mail Metakocka would give the person, when the plan writes one to Twenty. */
export function incomingEmail(planned: RecordPlan<PersonDraft>): string | null {
  const email = String(planned.mk.email ?? '');
  return planned.result.toTwenty.includes('email') && email !== '' ? email : null;
}

/**
 * Keeps the e-mail out of the write and tells who holds it. The field's hash records Twenty's e-mail as agreed, so the
 * push sends nothing for it and the next run meets Metakocka's e-mail, and the holder, again: the issue stays open
 * until one of the two e-mails is corrected.
 */
export function withholdEmail(
  issues: IssueBook,
  planned: RecordPlan<PersonDraft>,
  who: { recordId: string; metakockaId: string; email: string },
  holder: Pick<PersonRecord, 'id' | 'name'> | null,
): void {
  const holderName = holder ? joinName(holder.name) : '';
  issues.fail({
    recordObject: 'person',
    metakockaId: who.metakockaId,
    recordId: who.recordId,
    error: new UniqueClashError({
      email: who.email,
      contactId: who.metakockaId,
      // The holder as a reader finds it: by name, with its id to tell namesakes apart; empty when this run synced it.
      holderId: holder ? [holderName, holder.id].filter(Boolean).join(', ') : '',
    }),
  });
  planned.result.toTwenty = planned.result.toTwenty.filter((f) => f !== 'email');
  planned.result.hashes.email = fieldHash(planned.tw.email ?? null);
  if (planned.draft) {
    delete planned.draft.emails;
    planned.draft.metakockaSyncHash = encodeFieldHashes(planned.result.hashes);
  }
}
