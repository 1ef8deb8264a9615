// The inbox's filter as Twenty's own filter (issue 17): every condition runs in Twenty's query, so a page of any
// filter costs the same calls however many issues there are. Search is a case-insensitive `ilike` over the message,
// the record's name and the Metakocka id.
import type { InboxFilter } from 'server/routes/contracts';

type Condition = Record<string, unknown>;

const anyOf = (field: string, values: readonly string[] | undefined): Condition[] =>
  values && values.length > 0 ? [{ [field]: { in: [...values] } }] : [];

/** A `%` or `_` the user types stays a wildcard: it can only widen a search, never hide an issue. */
const likeText = (text: string) => `%${text}%`;

export function twentyFilter(filter: InboxFilter): Condition {
  const conditions: Condition[] = [
    ...anyOf('status', filter.status),
    ...anyOf('kind', filter.kind),
    ...anyOf('stream', filter.stream),
    ...anyOf('severity', filter.severity),
    ...anyOf('errorCode', filter.errorCode),
    ...anyOf('recordObject', filter.recordObject),
    ...(filter.causeKey ? [{ causeKey: { eq: filter.causeKey } }] : []),
    ...(filter.conflictField ? [{ conflictField: { eq: filter.conflictField } }] : []),
    ...(filter.seenFrom ? [{ lastSeenAt: { gte: filter.seenFrom } }] : []),
    ...(filter.seenTo ? [{ lastSeenAt: { lt: filter.seenTo } }] : []),
  ];
  if (filter.search) {
    const pattern = likeText(filter.search);
    conditions.push({
      or: [{ message: { ilike: pattern } }, { recordName: { ilike: pattern } }, { metakockaId: { ilike: pattern } }],
    });
  }
  return conditions.length === 0 ? {} : conditions.length === 1 ? conditions[0]! : { and: conditions };
}
