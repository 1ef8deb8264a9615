// The report page in a real browser (issue 19 item 3): the built report component in the UI preview, its routes run by
// the built functions on the Twenty stand-in, Metakocka played by the sandbox whose partners, products and documents
// the app's own sync brought in. A member picks sales by month and sees a table and a chart whose figures are the
// engine's, and the EUR revenue is checked against the sandbox's own documents; an invalid period and an unknown
// currency are refused naming the parameter, in English and Slovenian; the CSV export links a stored file holding the
// same figures. Screenshots of the dashboards' data (sales, receivables, stock) go to docs/screenshots/.
import { join, resolve } from 'node:path';

import type { Page } from 'playwright-core';

import { REPORT_ROUTES, SYNC_ROUTES } from 'plugin/constants/route-paths';
import type { RunReportAnswer } from 'server/routes/contracts';
import { sandboxRevenueCents } from 'test/support/sandbox-revenue';
import { browserAvailable } from 'test/ui/browser';
import { MAX_POINTS } from 'ui/reports/chart-geometry';
import { PERSONAS } from 'test/ui/preview/server';
import { useBrowserPreview } from 'test/ui/use-browser-preview';

const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');
const SANDBOX_KEY = 'sbx-reports-key-3c8e51a7f902';
const run = browserAvailable() ? describe : describe.skip;

run('report page in the browser', () => {
  const world = useBrowserPreview(SANDBOX_KEY, () => undefined, {
    connected: true,
    sandbox: { seed: 7, partners: 30, products: 25, documents: 120 },
  });
  const open = async (lang: 'en' | 'sl' = 'en', as: 'manager' | 'member' = 'member') => {
    const page = await world.open('report-page', new URLSearchParams({ as, lang }));
    await page.waitForSelector('[data-testid="report-run"]');
    return page;
  };
  const shot = (page: Page, file: string) =>
    page.locator('[data-testid="report-page"]').screenshot({ path: join(SCREENSHOTS, file) });

  /** The sandbox's whole span of document months: every document falls in it. */
  const span = () => {
    const months = world.preview.sandbox.store.documents.list().map((d) => d.docDate.slice(0, 7));
    return { from: months.reduce((a, b) => (a < b ? a : b)), to: months.reduce((a, b) => (a > b ? a : b)) };
  };

  async function syncEverything() {
    const { harness } = world.preview;
    for (const streams of [['partners'], ['products'], ['documents']]) {
      const reply = await harness.route(`/s${SYNC_ROUTES.runSync}`, {
        method: 'POST',
        body: { streams },
        as: PERSONAS.manager,
      });
      expect(reply.status).toBe(200);
      for (let round = await harness.drainJobs(); round.ran > 0; round = await harness.drainJobs())
        expect(round.failed).toBe(0);
    }
  }

  /** The same report straight from the engine's route, as the member. */
  async function engine(template: string, parameters: Record<string, unknown>) {
    const reply = await world.preview.harness.route(`/s${REPORT_ROUTES.run}`, {
      method: 'POST',
      body: { template, parameters },
      as: PERSONAS.member,
    });
    expect(reply.status).toBe(200);
    return (reply.body as RunReportAnswer).report;
  }

  async function runTemplate(page: Page, template: string, period?: { from: string; to: string }) {
    await page.selectOption('[data-testid="report-template"]', template);
    if (period) {
      await page.fill('[data-testid="param-period-from"]', period.from);
      await page.fill('[data-testid="param-period-to"]', period.to);
    }
    await page.click('[data-testid="report-run"]');
    await page.waitForSelector(`[data-testid="report-result"][data-template="${template}"]`);
  }

  /** The table's cells as the report's own values (data-value), row by row. */
  const tableValues = (page: Page) =>
    page.$$eval('[data-testid="report-row"]', (rows) =>
      rows.map((row) =>
        Object.fromEntries(
          Array.from(row.querySelectorAll('td')).map((cell) => [cell.dataset.column!, cell.dataset.value ?? '']),
        ),
      ),
    );

  it('shows sales by month as a table and a chart per currency with the engine’s figures, equal to the sandbox’s', async () => {
    await syncEverything();
    const period = span();
    const page = await open('en');
    await runTemplate(page, 'sales-by-month', period);

    const report = await engine('sales-by-month', { period });
    expect(report.rows.length).toBeGreaterThan(0);
    const expectedRows = report.rows.map((row) =>
      Object.fromEntries(report.columns.map((c) => [c.key, row[c.key] === null ? '' : String(row[c.key])])),
    );
    expect(await tableValues(page)).toEqual(expectedRows);

    // The EUR revenue, computed from the sandbox's documents without the app: invoices less credit notes.
    const euroCents = sandboxRevenueCents(world.preview.sandbox, 'EUR');
    const shownEuro = await page.$$eval('[data-testid="report-row"]', (rows) =>
      rows
        .filter((row) => row.querySelector('td[data-column="currency"]')?.getAttribute('data-value') === 'EUR')
        .map((row) => row.querySelector('td[data-column="revenue"]')!.getAttribute('data-value')!),
    );
    expect(shownEuro.reduce((sum, value) => sum + BigInt(value.replace('.', '')), 0n)).toBe(euroCents);

    // One chart per currency, never one axis for two; each bar is that currency's month (the first MAX_POINTS).
    const currencies = [...new Set(report.rows.map((row) => String(row.currency)))];
    const series = await page.$$eval('[data-testid="chart-series"]', (charts) =>
      charts.map((chart) => ({
        currency: chart.getAttribute('data-series'),
        bars: Array.from(chart.querySelectorAll('[data-testid="chart-mark"]')).map((bar) =>
          bar.getAttribute('data-value'),
        ),
      })),
    );
    expect(series.map((s) => s.currency)).toEqual(currencies);
    for (const { currency, bars } of series)
      expect(bars).toEqual(
        report.rows
          .filter((row) => row.currency === currency)
          .slice(0, MAX_POINTS)
          .map((row) => String(Number(row.revenue))),
      );

    // Money in the member's language, with its currency; when the data was synced; the open issues on its records.
    const firstEuro = report.rows.find((row) => row.currency === 'EUR')!;
    const euroText = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(
      firstEuro.revenue as unknown as number,
    );
    expect(await page.textContent('[data-testid="report-table"]')).toContain(euroText);
    expect(await page.getAttribute('[data-testid="report-as-of"]', 'data-as-of')).toBe(report.dataAsOf);
    expect(await page.textContent('[data-testid="report-as-of"]')).toMatch(/^Data as of \d/);
    expect(Number(await page.getAttribute('[data-testid="report-issues"]', 'data-count'))).toBe(report.openIssues);
    expect(await page.evaluate(() => (globalThis as unknown as { __hostRefused: string[] }).__hostRefused)).toEqual([]);
    await shot(page, 'reports-sales-en.png');

    const sl = await open('sl');
    await runTemplate(sl, 'sales-by-month', period);
    expect(await sl.textContent('[data-testid="report-table"] thead')).toContain('Prihodki (neto)');
    expect(await sl.textContent('[data-testid="report-table"]')).toContain(
      new Intl.NumberFormat('sl-SI', { style: 'currency', currency: 'EUR' }).format(
        firstEuro.revenue as unknown as number,
      ),
    );
    await shot(sl, 'reports-sales-sl.png');
  }, 900_000);

  it('refuses a period ending before it starts and an unknown currency, naming the parameter in the member’s language', async () => {
    const page = await open('en');
    await page.fill('[data-testid="param-period-from"]', '2026-06');
    await page.fill('[data-testid="param-period-to"]', '2026-01');
    await page.click('[data-testid="report-run"]');
    const refusal = await page.waitForSelector('[data-testid="report-refusal"] [data-testid="outcome-failed"]');
    expect(await refusal.textContent()).toContain(
      'The report parameter "period" is not valid: it ends (2026-01) before it starts (2026-06).',
    );
    expect(await page.$('[data-testid="report-result"]')).toBeNull();

    await page.fill('[data-testid="param-period-to"]', '2026-12');
    await page.fill('[data-testid="param-currency"]', 'xyz');
    await page.click('[data-testid="report-run"]');
    await page.waitForSelector('[data-testid="report-refusal"] [data-testid="outcome-failed"]:has-text("currency")');
    expect(await page.textContent('[data-testid="report-refusal"]')).toContain(
      '"XYZ" is not an ISO 4217 currency code',
    );

    const sl = await open('sl');
    await sl.fill('[data-testid="param-period-from"]', '2026-06');
    await sl.fill('[data-testid="param-period-to"]', '2026-01');
    await sl.click('[data-testid="report-run"]');
    const slRefusal = await sl.waitForSelector('[data-testid="report-refusal"] [data-testid="outcome-failed"]');
    expect(await slRefusal.textContent()).toContain(
      'Parameter poročila »obdobje« ni veljaven: konča se (2026-01), preden se začne (2026-06).',
    );
  }, 300_000);

  it('exports the report as CSV: a stored file, linked, with the figures the table shows', async () => {
    const period = span();
    const page = await open('en');
    await runTemplate(page, 'sales-by-month', period);
    const before = world.preview.standIn.store.rows('metakockaReport').length;
    await page.click('[data-testid="export-csv"]');
    const link = await page.waitForSelector(
      '[data-testid="export-done"][data-format="CSV"] [data-testid="export-link"]',
    );
    expect(await link.textContent()).toMatch(/^Download Sales by month .*\.csv$/);
    expect(world.preview.standIn.store.rows('metakockaReport')).toHaveLength(before + 1);

    const csv = await (await fetch((await link.getAttribute('href'))!)).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe('Month,Currency,Documents,Revenue (net)');
    const shown = await tableValues(page);
    expect(lines.slice(1)).toEqual(shown.map((row) => [row.month, row.currency, row.documents, row.revenue].join(',')));
  }, 300_000);

  it('saves a report and lists it after a reload; runs it from the list; its owner deletes it', async () => {
    const period = span();
    const page = await open('en');
    await page.fill('[data-testid="param-period-from"]', period.from);
    await page.fill('[data-testid="param-period-to"]', period.to);
    await page.fill('[data-testid="param-currency"]', 'EUR');
    await page.fill('[data-testid="saved-name"]', 'Euro sales, all months');
    await page.click('[data-testid="saved-save"]');
    await page.waitForSelector('[data-testid="saved-reports"] [data-testid="outcome-ok"]');

    const again = await open('en');
    const saved = '[data-testid="saved-report"][data-name="Euro sales, all months"]';
    await again.waitForSelector(saved);
    expect(await again.textContent(saved)).toContain('Sales by month');
    await again.click(`${saved} [data-testid="saved-run"]`);
    await again.waitForSelector('[data-testid="report-result"][data-template="sales-by-month"]');
    const report = await engine('sales-by-month', { period, currency: 'EUR' });
    expect(await tableValues(again)).toHaveLength(report.rows.length);
    expect(new Set((await tableValues(again)).map((row) => row.currency))).toEqual(new Set(['EUR']));

    await again.click(`${saved} [data-testid="saved-delete"]`);
    await again.waitForSelector(saved, { state: 'detached' });
  }, 300_000);

  it.each([
    ['receivables', 'receivables-aging'],
    ['stock', 'stock'],
  ] as const)(
    'shows the %s dashboard’s data as the report page shows it, in English and Slovenian',
    async (name, template) => {
      const report = await engine(template, {});
      expect(report.rows.length).toBeGreaterThan(0);
      for (const lang of ['en', 'sl'] as const) {
        const page = await open(lang);
        await runTemplate(page, template);
        expect(await tableValues(page)).toHaveLength(report.rows.length);
        expect(await page.$$('[data-testid="chart-series"]')).not.toHaveLength(0);
        await shot(page, `reports-${name}-${lang}.png`);
      }
    },
    300_000,
  );
});
