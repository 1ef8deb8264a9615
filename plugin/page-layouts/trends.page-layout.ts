// "Trends" page (issue 18 item 2): issues opened per day by class, issues by stream and status and by error code, the
// open CRITICAL count, runs per day by status and API calls per day. Days are the Ljubljana dates the sync keeps on
// issues and runs (openedDay, startedDay; D79), so no chart needs a filter or a time zone conversion.
import { AggregateOperations, definePageLayout } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { bars, countTrue, dashboard } from 'plugin/page-layouts/dashboard-widgets';

const issues = ID.SYNC_ISSUE_OBJECT_UNIVERSAL_IDENTIFIER;
const runs = ID.SYNC_RUN_OBJECT_UNIVERSAL_IDENTIFIER;
/** A COUNT counts records; it names the issue's and the run's name field, which every record has. */
const issueCount = { operation: AggregateOperations.COUNT, aggregate: ID.SYNC_ISSUE_NAME_FIELD_UNIVERSAL_IDENTIFIER };
const runCount = { operation: AggregateOperations.COUNT, aggregate: ID.SYNC_RUN_NAME_FIELD_UNIVERSAL_IDENTIFIER };

export default definePageLayout(
  dashboard(
    { layout: ID.TRENDS_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER, tab: ID.TRENDS_PAGE_LAYOUT_TAB_UNIVERSAL_IDENTIFIER },
    'Metakocka trends',
    [
      bars(
        {
          universalIdentifier: ID.TRENDS_ISSUES_PER_DAY_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Issues opened per day by class',
          object: issues,
          cell: { row: 0, column: 0, columnSpan: 9 },
        },
        {
          ...issueCount,
          primary: ID.SYNC_ISSUE_OPENED_DAY_FIELD_UNIVERSAL_IDENTIFIER,
          byDay: true,
          secondary: ID.SYNC_ISSUE_KIND_FIELD_UNIVERSAL_IDENTIFIER,
        },
      ),
      countTrue(
        {
          universalIdentifier: ID.TRENDS_OPEN_CRITICAL_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Open CRITICAL issues',
          object: issues,
          cell: { row: 0, column: 9, columnSpan: 3, rowSpan: 4 },
        },
        ID.SYNC_ISSUE_IS_OPEN_CRITICAL_FIELD_UNIVERSAL_IDENTIFIER,
      ),
      bars(
        {
          universalIdentifier: ID.TRENDS_ISSUES_BY_STREAM_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Issues by stream and status',
          object: issues,
          cell: { row: 6, column: 0 },
        },
        {
          ...issueCount,
          primary: ID.SYNC_ISSUE_STREAM_FIELD_UNIVERSAL_IDENTIFIER,
          secondary: ID.SYNC_ISSUE_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
        },
      ),
      bars(
        {
          universalIdentifier: ID.TRENDS_ISSUES_BY_CODE_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Issues by error code',
          object: issues,
          cell: { row: 6, column: 6 },
        },
        {
          ...issueCount,
          primary: ID.SYNC_ISSUE_ERROR_CODE_FIELD_UNIVERSAL_IDENTIFIER,
          secondary: ID.SYNC_ISSUE_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
          horizontal: true,
          orderByValue: true,
        },
      ),
      bars(
        {
          universalIdentifier: ID.TRENDS_RUNS_PER_DAY_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Runs per day by status',
          object: runs,
          cell: { row: 12, column: 0, columnSpan: 12 },
        },
        {
          ...runCount,
          primary: ID.SYNC_RUN_STARTED_DAY_FIELD_UNIVERSAL_IDENTIFIER,
          byDay: true,
          secondary: ID.SYNC_RUN_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
        },
      ),
      bars(
        {
          universalIdentifier: ID.TRENDS_METAKOCKA_CALLS_PER_DAY_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Metakocka API calls per day',
          object: runs,
          cell: { row: 18, column: 0 },
        },
        {
          operation: AggregateOperations.SUM,
          aggregate: ID.SYNC_RUN_API_CALLS_METAKOCKA_FIELD_UNIVERSAL_IDENTIFIER,
          primary: ID.SYNC_RUN_STARTED_DAY_FIELD_UNIVERSAL_IDENTIFIER,
          byDay: true,
          secondary: ID.SYNC_RUN_STREAM_FIELD_UNIVERSAL_IDENTIFIER,
        },
      ),
      bars(
        {
          universalIdentifier: ID.TRENDS_TWENTY_CALLS_PER_DAY_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Twenty API calls per day',
          object: runs,
          cell: { row: 18, column: 6 },
        },
        {
          operation: AggregateOperations.SUM,
          aggregate: ID.SYNC_RUN_API_CALLS_TWENTY_FIELD_UNIVERSAL_IDENTIFIER,
          primary: ID.SYNC_RUN_STARTED_DAY_FIELD_UNIVERSAL_IDENTIFIER,
          byDay: true,
          secondary: ID.SYNC_RUN_STREAM_FIELD_UNIVERSAL_IDENTIFIER,
        },
      ),
    ],
  ),
);
