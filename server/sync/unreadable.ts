// Metakocka records that could not be read (server/metakocka/parse.ts parseEach), the same way for every stream: each
// becomes a sync issue naming its Metakocka id, the rest of the page syncs (issue 12 item 8). The ids returned count as
// seen, so a deletion check never takes an unreadable record for one deleted in Metakocka.
import type { UnreadableItem } from './mk-port';
import type { IssueBook } from './issues';

export function reportUnreadable(
  issues: IssueBook,
  recordObject: string,
  unreadable: readonly UnreadableItem[],
): string[] {
  for (const item of unreadable) issues.fail({ recordObject, metakockaId: item.mkId, error: item.error });
  return unreadable.flatMap((item) => (item.mkId ? [item.mkId] : []));
}
