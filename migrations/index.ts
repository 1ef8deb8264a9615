// Every upgrade step, in order. Add a file migrations/NNNN-what-it-does.ts and list it here; never renumber or remove one.
import initial from 'migrations/0001-initial';
import linkOpenIssues from 'migrations/0002-link-open-issues';
import credentialKeyAndEndpointBinding from 'migrations/0003-credential-key-and-endpoint-binding';
import linkIssuesToRuns from 'migrations/0005-link-issues-to-runs';
import reportChartFields from 'migrations/0006-report-chart-fields';
import issueSeverityAndCause from 'migrations/0007-issue-severity-and-cause';
import issueMessageParams from 'migrations/0008-issue-message-params';
import trendChartFields from 'migrations/0009-trend-chart-fields';
import stockByWarehouse from 'migrations/0011-stock-by-warehouse';
import type { Migration } from 'migrations/migration';

export const MIGRATIONS: Migration[] = [
  initial,
  linkOpenIssues,
  credentialKeyAndEndpointBinding,
  linkIssuesToRuns,
  reportChartFields,
  issueSeverityAndCause,
  issueMessageParams,
  trendChartFields,
  stockByWarehouse,
];
