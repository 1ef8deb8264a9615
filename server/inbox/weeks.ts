// This week against last week in the inbox (issue 18 item 2): per class, how many issues opened in the current
// Ljubljana week (Monday to now) and in the week before. Two group-by reads whatever the number of issues, on the
// `openedDay` chart field the trends page counts too (D79), so the inbox and the page agree.
import type { CrmGateway } from 'server/crm/gateway';
import { addDays, ljubljanaDate, mondayOf } from 'server/reports/calendar';
import type { InboxWeeksAnswer } from 'server/routes/contracts';

const CLASSES = ['ERROR', 'CONFLICT'] as const;

const BY_CLASS_DOCUMENT = `query InboxWeek($filter: MetakockaSyncIssueFilterInput) {
  metakockaSyncIssuesGroupBy(groupBy: [{ kind: true }], filter: $filter) { groupByDimensionValues totalCount } }`;

async function openedByClass(gateway: CrmGateway, from: string, to: string): Promise<Record<string, number>> {
  const data = await gateway.request<{
    metakockaSyncIssuesGroupBy: Array<{ groupByDimensionValues: unknown[]; totalCount: number }>;
  }>(BY_CLASS_DOCUMENT, { filter: { and: [{ openedDay: { gte: from } }, { openedDay: { lt: to } }] } });
  return Object.fromEntries(
    data.metakockaSyncIssuesGroupBy.map((group) => [String(group.groupByDimensionValues[0]), group.totalCount]),
  );
}

export async function weekComparison(gateway: CrmGateway, now: Date): Promise<InboxWeeksAnswer> {
  const thisWeekFrom = mondayOf(ljubljanaDate(now));
  const lastWeekFrom = addDays(thisWeekFrom, -7);
  const [thisWeek, lastWeek] = await Promise.all([
    openedByClass(gateway, thisWeekFrom, addDays(thisWeekFrom, 7)),
    openedByClass(gateway, lastWeekFrom, thisWeekFrom),
  ]);
  return {
    thisWeekFrom,
    lastWeekFrom,
    classes: CLASSES.map((kind) => ({ kind, thisWeek: thisWeek[kind] ?? 0, lastWeek: lastWeek[kind] ?? 0 })),
  };
}
