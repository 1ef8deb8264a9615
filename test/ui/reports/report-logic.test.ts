// The report page's pure parts (issue 19 item 3): its texts in both languages, cells as a Slovenian or British reader
// expects them (money per currency, month names, Ljubljana dates), and the chart geometry d3 computes for the SVG.
import type { ReportColumn, ReportRow } from 'server/reports/report';
import { messageTexts, type Message } from 'ui/shared/message';
import { chartGeometry, FRAME, MAX_POINTS } from 'ui/reports/chart-geometry';
import { formatCell } from 'ui/reports/format';
import { REPORT_CATALOGUES, reportText } from 'ui/reports/messages';

const placeholders = (message: Message) =>
  [...new Set(messageTexts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

describe('report page texts', () => {
  it('has Slovenian for every English text, with the same placeholders', () => {
    const { en, sl } = REPORT_CATALOGUES;
    expect(Object.keys(sl).sort()).toEqual(Object.keys(en).sort());
    for (const id of Object.keys(en) as Array<keyof typeof en>)
      expect({ id, placeholders: placeholders(sl[id]) }).toEqual({ id, placeholders: placeholders(en[id]) });
  });

  it('counts open issues in Slovenian by the last two digits', () => {
    const t = reportText('sl');
    expect([1, 2, 3, 5, 102].map((count) => t('facts.issues', { count }).split(' ').slice(3, 6).join(' '))).toEqual([
      'zadeva 1 odprta',
      'zadevata 2 odprti',
      'zadevajo 3 odprte',
      'zadeva 5 odprtih',
      'zadevata 102 odprti',
    ]);
  });
});

describe('report cells', () => {
  const money: ReportColumn = { key: 'revenue', kind: 'money' };
  const month: ReportColumn = { key: 'month', kind: 'month' };
  const bucket: ReportColumn = { key: 'bucket', kind: 'text' };
  const row: ReportRow = { month: '2026-03', currency: 'EUR', revenue: '1234567.05', bucket: 'over-90' };

  it('shows money with its row’s currency, exactly, in the member’s language', () => {
    expect(formatCell('sl', money, row)).toBe('1.234.567,05\u00a0€');
    expect(formatCell('en', money, row)).toBe('€1,234,567.05');
    expect(formatCell('en', money, { ...row, currency: 'USD', revenue: '-0.10' })).toBe('-US$0.10');
    // A figure beyond a float's precision stays exact.
    expect(formatCell('en', money, { ...row, revenue: '12345678901234567.89' })).toBe('€12,345,678,901,234,567.89');
  });

  it('names months and report keys in the member’s language', () => {
    expect(formatCell('sl', month, row)).toBe('marec 2026');
    expect(formatCell('en', month, row)).toBe('March 2026');
    expect(formatCell('sl', bucket, row)).toBe('Nad 90 dni');
    expect(formatCell('en', bucket, { ...row, bucket: null })).toBe('—');
  });
});

describe('chart geometry', () => {
  const point = (value: number) => ({ label: String(value), value, text: String(value) });

  it('draws bars from zero, proportional to their values, negative ones below the baseline, all as strings', () => {
    const chart = chartGeometry('bar', [point(100), point(50), point(-25)]);
    const [a, b, c] = chart.marks;
    expect(Number(a!.height)).toBeCloseTo(2 * Number(b!.height), 0);
    expect(Number(a!.y) + Number(a!.height)).toBeCloseTo(Number(chart.baseline), 1);
    expect(Number(c!.y)).toBeCloseTo(Number(chart.baseline), 1);
    expect(c!.negative).toBe(true);
    for (const mark of chart.marks)
      for (const value of [mark.x, mark.y, mark.width, mark.height]) expect(typeof value).toBe('string');
    expect(Number(a!.x)).toBeGreaterThanOrEqual(FRAME.left);
    expect(chart.ticks.map((tick) => tick.value)).toContain(0);
  });

  it('draws a line through every point and pie slices that close the circle; at most MAX_POINTS marks', () => {
    const line = chartGeometry('line', [point(1), point(3), point(2)]);
    expect(line.path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    const pie = chartGeometry('pie', [point(1), point(1)]);
    expect(pie.marks.map((mark) => mark.d)).toEqual([expect.stringMatching(/^M/), expect.stringMatching(/^M/)]);
    const many = chartGeometry(
      'bar',
      Array.from({ length: MAX_POINTS + 5 }, (_, i) => point(i)),
    );
    expect(many.marks).toHaveLength(MAX_POINTS);
    expect(many.labels.length).toBeLessThanOrEqual(12);
  });
});
