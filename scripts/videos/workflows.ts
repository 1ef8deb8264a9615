// The video tutorials as data (issue 20 item 5): each workflow names the front component it records, how the UI
// preview starts for it, and its cues: one caption each, the steps a user takes under it, and the part of the page to
// show. scripts/videos/record.ts plays them; a new workflow is one more entry here and its captions in messages.ts.
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { sellableProduct } from 'test/ui/preview/seed';
import { PERSONAS, type PreviewOptions, type UiPreview } from 'test/ui/preview/server';

import type { CaptionKey } from './messages';

/** A value typed into the page, fixed or read from the running preview (the sandbox's address, a synced code). */
type Value = string | ((preview: UiPreview) => string);

/** What the user does, in order; each action waits for its element, and `waitFor` for the page's answer. */
export type Step =
  | { fill: string; value: Value }
  | { select: string; value: string }
  | { click: string }
  | { check: string }
  | { waitFor: string }
  /** Twenty's worker runs the queued jobs: all of them, or at most this many. */
  | { runJobs: number | 'all' };

export interface Cue {
  caption: CaptionKey;
  steps?: Step[];
  /** The element scrolled into view and outlined in this cue's frame. */
  show: string;
}

export interface Workflow {
  /** The file name: docs/videos/<name>-<language>.mp4 and .vtt. */
  name: string;
  /** The front component recorded, by its manifest name. */
  component: string;
  /** How the preview starts: a fresh install, connected to the sandbox, or seeded with records to try commands on. */
  preview: Pick<PreviewOptions, 'seed' | 'connected' | 'sandbox'>;
  /** Data the workflow needs beyond that start (conflicts for the inbox…), made through the app's own routes. */
  prepare?: (preview: UiPreview) => Promise<void>;
  /** The command menu's selection the component opens with, from the seeded preview's examples. */
  selection?: boolean;
  viewport: { width: number; height: number };
  /** The first cue's caption, under the preview notice, over the top of the page once `opened` is on it. */
  title: CaptionKey;
  opened: string;
  cues: Cue[];
  /** Why this workflow is not recorded yet; `npm run docs:videos` says so and records the others. */
  skip?: string;
}

const SETTINGS_VIEW = { width: 960, height: 720 };
const PAGE_VIEW = { width: 1180, height: 760 };
const PANEL_VIEW = { width: 640, height: 720 };

export const WORKFLOWS: Workflow[] = [
  {
    name: 'connect',
    component: 'metakocka-settings',
    preview: {},
    viewport: SETTINGS_VIEW,
    title: 'connect.title',
    opened: '[data-testid="status-header"][data-state="NOT_CONFIGURED"]',
    cues: [
      {
        caption: 'connect.endpoint',
        steps: [
          { select: '[data-testid="endpoint"]', value: 'custom' },
          { fill: '[data-testid="custom-url"]', value: (p) => p.sandbox.url },
          { fill: '[data-testid="company-id"]', value: (p) => p.sandbox.companyId },
        ],
        show: '[data-testid="connection-section"]',
      },
      {
        caption: 'connect.secret',
        steps: [{ fill: '[data-testid="secret-key"]', value: (p) => p.sandbox.secretKey }],
        show: '[data-testid="secret-key"]',
      },
      {
        caption: 'connect.test',
        steps: [
          { click: '[data-testid="test-connection"]' },
          { waitFor: '[data-testid="check-list"][data-ok="true"]' },
        ],
        show: '[data-testid="check-list"]',
      },
      {
        caption: 'connect.save',
        steps: [
          { click: '[data-testid="save-connection"]' },
          { waitFor: '[data-testid="status-header"][data-state="NEVER_SYNCED"]' },
        ],
        show: '[data-testid="status-header"]',
      },
      {
        caption: 'connect.policy',
        steps: [
          { select: '[data-testid="policy"]', value: 'OPTIONAL' },
          { click: '[data-testid="save-policy"]' },
          { waitFor: '[data-testid="personal-section"] [data-testid="outcome-ok"]' },
        ],
        show: '[data-testid="personal-section"]',
      },
    ],
  },
  {
    name: 'first-sync',
    component: 'sync-console',
    preview: { connected: true, sandbox: { partners: 6, products: 40, documents: 0 } },
    viewport: PAGE_VIEW,
    title: 'sync.title',
    opened: '[data-testid="live-section"]',
    cues: [
      {
        caption: 'sync.configure',
        steps: [{ check: '[data-testid="input-filters.eshopOnly"]' }, { waitFor: '[data-testid="changed-count"]' }],
        show: '[data-testid="input-filters.eshopOnly"]',
      },
      {
        caption: 'sync.preview',
        steps: [
          { click: '[data-testid="preview-start"]' },
          { waitFor: '[data-testid="impact-preview"]:not([data-status="none"])' },
          { runJobs: 'all' },
          { waitFor: '[data-testid="impact-preview"][data-status="done"]' },
        ],
        show: '[data-testid="impact-preview"]',
      },
      {
        caption: 'sync.save',
        steps: [
          { click: '[data-testid="save-settings"]' },
          { waitFor: '[data-testid="impact-preview"] [data-testid="outcome-ok"]' },
        ],
        show: '[data-testid="save-block"]',
      },
      {
        caption: 'sync.run',
        steps: [
          { select: '[data-testid="run-target"]', value: 'all' },
          { click: '[data-testid="run-now"]' },
          { waitFor: '[data-testid="control-section"] [data-testid="outcome-ok"]' },
          { runJobs: 1 },
          { click: '[data-testid="live-refresh"]' },
        ],
        show: '[data-testid="live-section"]',
      },
      {
        caption: 'sync.done',
        steps: [
          { runJobs: 'all' },
          { click: '[data-testid="live-refresh"]' },
          { waitFor: '[data-testid="history-row"][data-stream="products"][data-status="SUCCEEDED"]' },
          { click: '[data-testid="history-row"][data-stream="products"] [data-testid="history-open"]' },
          { waitFor: '[data-testid="run-detail"]' },
        ],
        show: '[data-testid="run-detail"]',
      },
    ],
  },
  {
    name: 'inbox',
    component: 'issue-inbox',
    preview: { connected: true, sandbox: { partners: 8, products: 10, documents: 0 } },
    prepare: conflictsAndAnError,
    viewport: PAGE_VIEW,
    title: 'inbox.title',
    opened: '[data-testid="inbox-issue"]',
    cues: [
      {
        caption: 'inbox.conflicts',
        steps: [
          { select: '[data-testid="filter-kind"]', value: 'CONFLICT' },
          { waitFor: '[data-testid="inbox-total"][data-count="2"]' },
        ],
        show: '[data-testid="inbox-list"]',
      },
      {
        caption: 'inbox.compare',
        steps: [
          { click: '[data-testid="inbox-issue"] [data-testid="issue-compare"]' },
          { waitFor: '[data-testid="conflict-field"]' },
        ],
        show: '[data-testid="conflict-view"]',
      },
      {
        caption: 'inbox.keep',
        steps: [
          { check: '[data-testid="keep-metakocka"]' },
          { click: '[data-testid="conflict-apply"]' },
          { waitFor: '[data-testid="outcome-ok"]' },
        ],
        show: '[data-testid="conflict-view"]',
      },
      {
        caption: 'inbox.errors',
        steps: [
          { click: '[data-testid="conflict-back"]' },
          { select: '[data-testid="filter-kind"]', value: 'ERROR' },
          { waitFor: '[data-testid="inbox-total"][data-count="1"]' },
        ],
        show: '[data-testid="inbox-issue"]',
      },
      {
        caption: 'inbox.resolve',
        steps: [
          { check: '[data-testid="inbox-issue"] [data-testid="select-issue"]' },
          { click: '[data-testid="act-resolve"]' },
          { click: '[data-testid="act-confirm-yes"]' },
          { waitFor: '[data-testid="act-result"][data-done="1"]' },
        ],
        show: '[data-testid="inbox-actions"]',
      },
    ],
  },
  {
    name: 'offer',
    component: 'create-metakocka-offer-command',
    preview: { seed: true },
    selection: true,
    viewport: PANEL_VIEW,
    title: 'offer.title',
    opened: '[data-testid="line-code-0"]',
    cues: [
      {
        caption: 'offer.lines',
        steps: [
          { fill: '[data-testid="line-code-0"]', value: (p) => String(sellableProduct(p.sandbox, p.standIn)!.code) },
          { fill: '[data-testid="line-quantity-0"]', value: '2' },
          { fill: '[data-testid="line-discount-0"]', value: '10' },
        ],
        show: '[data-testid="lines-submit"]',
      },
      {
        caption: 'offer.create',
        steps: [{ click: '[data-testid="lines-submit"]' }, { waitFor: '[data-testid="command-ok"]' }],
        show: '[data-testid="command-ok"]',
      },
    ],
  },
  {
    name: 'report',
    component: 'report-page',
    preview: { connected: true, sandbox: { seed: 7, partners: 30, products: 25, documents: 120 } },
    prepare: (preview) => syncStreams(preview, ['partners', 'products', 'documents']),
    viewport: PAGE_VIEW,
    title: 'report.title',
    opened: '[data-testid="report-run"]',
    cues: [
      {
        caption: 'report.pick',
        steps: [
          { select: '[data-testid="report-template"]', value: 'stock' },
          { click: '[data-testid="report-run"]' },
          { waitFor: '[data-testid="chart-series"]' },
        ],
        show: '[data-testid="report-result"]',
      },
      {
        caption: 'report.export',
        steps: [{ click: '[data-testid="export-xlsx"]' }, { waitFor: '[data-testid="export-done"]' }],
        show: '[data-testid="report-export"]',
      },
    ],
  },
];

/** Runs a sync of the streams as a manager would from the console, and the jobs it queues. */
async function syncStreams(preview: UiPreview, streams: string[]): Promise<void> {
  const reply = await preview.harness.route(`/s${SYNC_ROUTES.runSync}`, {
    method: 'POST',
    body: { streams },
    as: PERSONAS.manager,
  });
  if (reply.status !== 200) throw new Error(`Preparing a video: the sync answered ${reply.status}.`);
  for (let round = await preview.harness.drainJobs(); round.ran > 0; round = await preview.harness.drainJobs());
}

/** Two partners changed on both sides (conflicts) and a product without a name (an error), raised by real syncs. */
async function conflictsAndAnError(preview: UiPreview): Promise<void> {
  const sync = (streams: string[]) => syncStreams(preview, streams);
  preview.sandbox.store.products.list()[0]!.name = '';
  await sync(['partners', 'products']);
  const bound = preview.standIn.store.rows('company').filter((company) => company.metakockaPartnerId);
  for (const [index, company] of bound.slice(0, 2).entries()) {
    preview.standIn.seed('company', [{ id: company.id, name: `Trgovina ${index + 1} (Twenty)` }], { upsert: true });
    preview.sandbox.store.partners.get(company.metakockaPartnerId as string)!.customer =
      `Trgovina ${index + 1} (Metakocka)`;
  }
  await sync(['partners']);
}
