// The report page in a real browser (issue 19 item 3): the built report component in the UI preview, its routes run by
// the built functions on the Twenty stand-in, Metakocka played by the sandbox whose partners, products and documents
// the app's own sync brought in. A member picks sales by month and sees a table and a chart whose figures are the
// engine's, and the EUR revenue is checked against the sandbox's own documents; an invalid period and an unknown
// currency are refused naming the parameter, in English and Slovenian; the CSV export links a stored file holding the
// same figures. Screenshots of the dashboards' data (sales, receivables, stock) go to docs/screenshots/. A manager
// schedules a saved report for a member (a refused time shown as the server's sentence, in English and Slovenian) and
// sees its next delivery after a reload; a member sees the schedule but no form; the KPI panel shows the EUR revenue
// of the last finished month, equal to the engine's, against the target a manager set through the route; a manager
// sets targets on the panel's form in Slovenian money (refused values named, the change audited) and a member sees
// them read-only.
import { join, resolve } from 'node:path';

import type { Page } from 'playwright-core';

import { REPORT_ROUTES, SYNC_ROUTES } from 'plugin/constants/route-paths';
import type { KpisAnswer, ReportJobView, RunReportAnswer, SavedReportsAnswer } from 'server/routes/contracts';
import { sandboxRevenueCents } from 'test/support/sandbox-revenue';
import { seriousViolations } from 'test/ui/axe';
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
    const answer = reply.body as RunReportAnswer;
    if (answer.mode !== 'inline')
      throw new Error('The report ran as a job; these figures are small enough for one run.');
    return answer.report;
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

  it('a report longer than one run shows its progress in the member’s language, then the figures and an export', async () => {
    // The route's job path is tested on the server (report-jobs.test.ts, report-job.test.ts); here the page meets the
    // answers a 50,000-document workspace gives, as they come back over the preview's wire, without seeding one.
    const period = span();
    const report = await engine('sales-by-month', { period });
    const view = (recordsRead: number, done = false): ReportJobView => ({
      jobId: 'job-long-1',
      state: done ? 'done' : 'running',
      recordsRead,
      recordsEstimated: 50_000,
      percent: done ? 100 : Math.floor((recordsRead * 100) / 50_000),
      startedAt: '2026-12-07T08:00:00.000Z',
      finishedAt: done ? '2026-12-07T08:09:00.000Z' : null,
      report: done ? report : null,
      failure: null,
    });
    const follows: unknown[] = [];
    const page = await open('sl', 'manager');
    await page.context().route(`**/s${REPORT_ROUTES.run}`, async (route) => {
      const body = route.request().postDataJSON() as { job?: string };
      if (body.job) follows.push(body.job);
      const answer: RunReportAnswer = body.job
        ? { mode: 'job', job: follows.length === 1 ? view(20_000) : view(50_000, true), joined: false }
        : { mode: 'job', job: view(0), joined: false };
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(answer) });
    });
    await page.selectOption('[data-testid="report-template"]', 'sales-by-month');
    await page.fill('[data-testid="param-period-from"]', period.from);
    await page.fill('[data-testid="param-period-to"]', period.to);
    await page.click('[data-testid="report-run"]');

    await page.waitForSelector('[data-testid="report-job"][data-read="20000"]');
    expect(await seriousViolations(page, '[data-testid="report-job"]')).toEqual([]);
    const progress = await page.textContent('[data-testid="report-job-progress"]');
    expect(progress).toContain('20.000');
    expect(progress).toContain('50.000');
    expect(progress).toContain('40');
    expect(await page.textContent('[data-testid="report-job"]')).toContain('v ozadju');
    await page.waitForSelector('[data-testid="report-result"][data-template="sales-by-month"]');
    expect(follows).toEqual(['job-long-1', 'job-long-1']);
    expect(await tableValues(page)).toHaveLength(report.rows.length);
    expect(await page.$('[data-testid="report-job-progress"]')).toBeNull();
    expect(await page.$('[data-testid="report-export"]')).not.toBeNull();
    await page.context().unroute(`**/s${REPORT_ROUTES.run}`);
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
  /** A saved report as the page saves it, as `as`. */
  async function saveFromPage(page: Page, name: string) {
    await page.fill('[data-testid="saved-name"]', name);
    await page.click('[data-testid="saved-save"]');
    await page.waitForSelector(`[data-testid="saved-report"][data-name="${name}"]`);
    return `[data-testid="saved-report"][data-name="${name}"]`;
  }

  const ljubljana = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Ljubljana',
      weekday: 'long',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(iso));

  it('a manager schedules a saved report weekly for a member; after a reload it shows the schedule and next delivery', async () => {
    const page = await open('en', 'manager');
    const saved = await saveFromPage(page, 'Weekly sales for Ana');
    await page.click(`${saved} [data-testid="schedule-open"]`);
    const form = `${saved} [data-testid="schedule-form"]`;
    expect(await page.textContent(`${form} [data-testid="schedule-warning"]`)).toContain(
      'its recipients see everything the report shows',
    );
    await page.selectOption(`${form} [data-testid="schedule-frequency"]`, 'weekly');
    await page.selectOption(`${form} [data-testid="schedule-weekday"]`, '1');
    await page.check(`${form} [data-testid="schedule-recipient"][data-name="Ana Novak"]`);

    // A time that is not on the clock: the server's sentence, naming the setting.
    await page.fill(`${form} [data-testid="schedule-time"]`, '25:00');
    await page.click(`${form} [data-testid="schedule-save"]`);
    const refusal = await page.waitForSelector(`${saved} [data-testid="outcome-failed"]`);
    expect(await refusal.textContent()).toContain('The schedule setting "time" is not valid (given: "25:00").');

    await page.fill(`${form} [data-testid="schedule-time"]`, '07:30');
    await page.click(`${form} [data-testid="schedule-save"]`);
    await page.waitForSelector(`${saved} [data-testid="outcome-ok"]`);

    const again = await open('en', 'manager');
    const line = await again.waitForSelector(`${saved} [data-testid="schedule-line"]`);
    expect(await line.textContent()).toMatch(/^Delivered every Monday at 07:30 to Ana Novak\. Next delivery: .+\.$/);
    const listed = await world.preview.harness.route(`/s${REPORT_ROUTES.savedList}`, {
      method: 'GET',
      as: PERSONAS.manager,
    });
    const view = (listed.body as SavedReportsAnswer).savedReports.find((r) => r.name === 'Weekly sales for Ana')!;
    expect(view.schedule).toMatchObject({
      frequency: 'weekly',
      weekday: 1,
      time: '07:30',
      recipients: [PERSONAS.member.workspaceMemberId],
    });
    expect(await line.getAttribute('data-next')).toBe(view.nextDeliveryAt);
    expect(ljubljana(view.nextDeliveryAt!)).toBe('Monday 07:30');
    expect(new Date(view.nextDeliveryAt!).getTime()).toBeGreaterThan(Date.now());

    // The same refusal in Slovenian.
    const sl = await open('sl', 'manager');
    await sl.click(`${saved} [data-testid="schedule-open"]`);
    await sl.fill(`${saved} [data-testid="schedule-time"]`, '7.30');
    await sl.click(`${saved} [data-testid="schedule-save"]`);
    const slRefusal = await sl.waitForSelector(`${saved} [data-testid="outcome-failed"]`);
    expect(await slRefusal.textContent()).toContain('Nastavitev urnika »time« ni veljavna (podano: "7.30").');
    expect(await sl.textContent(`${saved} [data-testid="schedule-warning"]`)).toContain(
      'prejemniki vidijo vse, kar poročilo prikaže',
    );
  }, 300_000);

  it('a member sees a saved report’s schedule but no schedule form, and that only managers schedule', async () => {
    const manager = await open('en', 'manager');
    const saved = await saveFromPage(manager, 'Daily sales for the team');
    await manager.click(`${saved} [data-testid="schedule-open"]`);
    await manager.selectOption(`${saved} [data-testid="schedule-frequency"]`, 'daily');
    await manager.check(`${saved} [data-testid="schedule-recipient"][data-name="Ana Novak"]`);
    await manager.click(`${saved} [data-testid="schedule-save"]`);
    await manager.waitForSelector(`${saved} [data-testid="outcome-ok"]`);

    const page = await open('en', 'member');
    await page.waitForSelector(`${saved} [data-testid="schedule-line"]`);
    expect(await page.textContent(`${saved} [data-testid="schedule-line"]`)).toContain('Delivered daily at 07:00');
    expect(await page.$$('[data-testid="schedule-open"]')).toHaveLength(0);
    expect(await page.$$('[data-testid="schedule-form"]')).toHaveLength(0);
    expect(await page.textContent('[data-testid="schedule-managers-only"]')).toContain('only managers');
  }, 300_000);

  it('the KPI panel shows the last finished month’s EUR revenue against the target a manager set', async () => {
    const saved = await world.preview.harness.route(`/s${REPORT_ROUTES.kpiTargetsSave}`, {
      method: 'POST',
      body: { monthly: { revenue: { EUR: '12500.00' } } },
      as: PERSONAS.manager,
    });
    expect(saved.status).toBe(200);

    const page = await open('en');
    const kpi = await page.waitForSelector('[data-testid="kpi"][data-kpi="revenue"][data-currency="EUR"]');
    // The last finished month in Ljubljana, and its EUR revenue from the engine's own sales-by-month report.
    const [year, month] = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Ljubljana',
      year: 'numeric',
      month: '2-digit',
    })
      .format(new Date())
      .split('-')
      .map(Number) as [number, number];
    const lastMonth = new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
    const report = await engine('sales-by-month', { period: { from: lastMonth, to: lastMonth }, currency: 'EUR' });
    const revenue = String(report.rows.find((row) => row.currency === 'EUR')?.revenue ?? '0.00');
    expect(await kpi.getAttribute('data-actual')).toBe(revenue);
    expect(await kpi.getAttribute('data-target')).toBe('12500.00');
    const met = Number(revenue) >= 12500;
    expect(await kpi.getAttribute('data-met')).toBe(String(met));
    const euro = (value: string) =>
      new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(value as unknown as number);
    expect(await kpi.$eval('[data-testid="kpi-figures"]', (el) => el.textContent)).toBe(
      `Actual ${euro(revenue)}, target at least ${euro('12500.00')}`,
    );
    expect(await kpi.$eval('[data-testid="kpi-verdict"]', (el) => el.textContent)).toBe(met ? 'Met' : 'Missed');
    // The trend: the six months up to this one, each the engine's EUR revenue of that month (0.00 without sales).
    const months = [5, 4, 3, 2, 1, 0].map((back) =>
      new Date(Date.UTC(year, month - 1 - back, 1)).toISOString().slice(0, 7),
    );
    const trend = await engine('sales-by-month', { period: { from: months[0], to: months[5] }, currency: 'EUR' });
    expect(
      await kpi.$$eval('[data-testid="kpi-point"]', (points) => points.map((p) => p.getAttribute('data-value'))),
    ).toEqual(months.map((m) => String(trend.rows.find((row) => row.month === m)?.revenue ?? '0.00')));

    const sl = await open('sl');
    const slKpi = await sl.waitForSelector('[data-testid="kpi"][data-kpi="revenue"][data-currency="EUR"]');
    expect(await slKpi.textContent()).toContain('Mesečni prihodki (EUR)');
    expect(await slKpi.textContent()).toContain(
      new Intl.NumberFormat('sl-SI', { style: 'currency', currency: 'EUR' }).format(12500),
    );
  }, 300_000);

  it('a manager sets KPI targets on the form in Slovenian money, a refused value named; a member sees them read-only', async () => {
    const page = await open('sl', 'manager');
    const form = '[data-testid="kpi-targets"]';
    const field = (id: string) => `${form} [data-testid="target-${id}"]`;
    await page.waitForSelector(field('revenue-EUR'));
    // Beside the EUR revenue field: last finished month's actual, as the KPI card shows it.
    const card = await page.waitForSelector('[data-testid="kpi"][data-kpi="revenue"][data-currency="EUR"]');
    const actual = new Intl.NumberFormat('sl-SI', { style: 'currency', currency: 'EUR' }).format(
      (await card.getAttribute('data-actual')) as unknown as number,
    );
    const hint = page.locator(field('revenue-EUR')).locator('xpath=..').locator('[data-testid="target-actual"]');
    const hintText = (await hint.textContent())!;
    expect(hintText.startsWith('Dejansko v mesecu ')).toBe(true);
    expect(hintText.endsWith(`: ${actual}`)).toBe(true);

    await page.fill(field('revenue-EUR'), '12.500,50');
    await page.fill(field('newCustomers'), '2,5');
    await page.fill(field('offerConversionRate'), '120');
    await page.click(`${form} [data-testid="targets-save"]`);
    expect(await page.textContent(`${form} [data-testid="outcome-failed"]`)).toContain(
      'Nič ni bilo shranjeno: 2 cilja nista veljavna.',
    );
    const errors = await page.$$eval(`${form} [data-testid="target-error"]`, (els) => els.map((el) => el.textContent));
    expect(errors).toEqual([
      'Novi kupci v mesecu, najmanj: celo število, npr. 12.',
      'Ponudbe, ki so postale naročila, najmanj (%): odstotek od 0 do 100 z največ eno decimalko.',
    ]);

    await page.fill(field('newCustomers'), '3');
    await page.fill(field('offerConversionRate'), '35,5');
    await page.click(`${form} [data-testid="targets-save"]`);
    expect(await (await page.waitForSelector(`${form} [data-testid="outcome-ok"]`)).textContent()).toBe(
      'Cilji za obdobje »Vsak mesec« so shranjeni.',
    );
    const kpis = async () =>
      (
        (await world.preview.harness.route(`/s${REPORT_ROUTES.kpis}`, { method: 'GET', as: PERSONAS.manager }))
          .body as KpisAnswer
      ).targets;
    expect((await kpis()).monthly).toMatchObject({
      revenue: { EUR: '12500.50' },
      newCustomers: 3,
      offerConversionRate: 35.5,
    });
    const audit = world.preview.standIn.store
      .rows('metakockaAuditEntry')
      .filter((row: any) => row.action === 'reports.kpi-targets-saved')
      .at(-1) as any;
    expect(audit.actorWorkspaceMemberId).toBe(PERSONAS.manager.workspaceMemberId);
    expect(JSON.parse(audit.after).monthly.revenue).toEqual({ EUR: '12500.50' });
    expect(JSON.parse(audit.before).monthly.revenue).not.toEqual({ EUR: '12500.50' });

    // A month of its own: December's new-customer target, every other month keeps the monthly one.
    const december = `${new Date().getUTCFullYear() + 1}-12`;
    await page.selectOption(`${form} [data-testid="targets-period"]`, { index: 0 });
    const months = await page.$$eval(`${form} [data-testid="targets-period"] option`, (options) =>
      options.map((o) => o.getAttribute('value')),
    );
    const own = months.find((m) => m !== 'monthly' && m! < december)!;
    await page.selectOption(`${form} [data-testid="targets-period"]`, own);
    await page.fill(field('newCustomers'), '5');
    await page.click(`${form} [data-testid="targets-save"]`);
    await page.waitForSelector(`${form} [data-testid="outcome-ok"]`);
    expect((await kpis()).months[own]).toMatchObject({ newCustomers: 5, revenue: { EUR: '12500.50' } });

    const member = await open('en', 'member');
    const readOnly = await member.waitForSelector('[data-testid="kpi-targets"] [data-testid="targets-read-only"]');
    expect(await member.textContent('[data-testid="targets-managers-only"]')).toContain(
      'Only managers (“Manage Metakocka”) set KPI targets',
    );
    expect(await readOnly.$$eval('[data-testid="target-line"]', (els) => els.map((el) => el.textContent))).toEqual(
      expect.arrayContaining([
        'Monthly revenue in EUR, at least: €12,500.50',
        'New customers in the month, at least: 3',
        'Offers converted to orders, at least (%): 35.5%',
        'New customers in the month, at least: 5',
      ]),
    );
    expect(await member.$$('[data-testid="targets-save"]')).toHaveLength(0);
  }, 300_000);
});
