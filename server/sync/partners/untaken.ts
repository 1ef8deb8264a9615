// Values a push sent that Metakocka did not take. update_partner keeps a field sent empty: API.md §2.2 documents no way
// to clear a partner field, and product_update (§2.3) keeps empty values too, with a clearing literal documented for
// two product fields only, which a partner might store as text. So a value cleared in Twenty stays in Metakocka.
import { fieldHash } from '../conflicts';
import { PartnerValueKeptError } from '../errors';
import { decodeFieldHashes, encodeFieldHashes } from '../hashing';
import type { IssueBook } from '../issues';
import type { RecordPlan, Values } from './mapper';

/**
 * Compares what was sent with Metakocka's answer: a field Metakocka kept keeps its last agreed hash, so the next pull
 * does not write Metakocka's value back over the user's change (a lost update) and the push tries again, and one issue
 * per field says which value to change in Metakocka by hand. Returns the fields Metakocka took.
 */
export function keepUntakenFields(
  issues: IssueBook,
  planned: RecordPlan<object>,
  readBack: Values,
  record: { id: string; metakockaSyncHash: string | null },
  who: { recordObject: 'company' | 'person'; metakockaId: string },
): string[] {
  const last = decodeFieldHashes(record.metakockaSyncHash) ?? {};
  const kept = planned.result.toMetakocka.filter((f) => fieldHash(readBack[f]) !== fieldHash(planned.tw[f]));
  for (const field of kept) {
    planned.result.hashes[field] = last[field] ?? fieldHash(readBack[field]);
    const value = readBack[field];
    issues.fail({
      recordObject: who.recordObject,
      recordId: record.id,
      metakockaId: who.metakockaId,
      error: new PartnerValueKeptError({
        field,
        value: typeof value === 'string' ? value : JSON.stringify(value ?? null),
      }),
    });
  }
  if (kept.length > 0 && planned.draft)
    (planned.draft as { metakockaSyncHash?: string }).metakockaSyncHash = encodeFieldHashes(planned.result.hashes);
  return planned.result.toMetakocka.filter((f) => !kept.includes(f));
}
