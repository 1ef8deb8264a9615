// A report's chart (the template's chart: x column, y column, one chart per series value): money charts are split by
// currency, one chart each with its own scale, so currencies are never added up or compared on one axis. Geometry from
// d3 (chart-geometry.ts), drawn with the SVG elements Twenty's host forwards (UI-SURFACES.md §4.2): properties as
// strings, font sizes through style. Each mark has a title with its value in words; the table beside it has them all.
import type { ReportColumn, ReportResult, ReportRow } from 'server/reports/report';
import { chartGeometry, FRAME, MAX_POINTS, type ChartGeometry } from 'ui/reports/chart-geometry';
import { columnLabel, formatCell, formatNumber } from 'ui/reports/format';
import { useReportText } from 'ui/reports/use-report-text';
import { styles, theme } from 'ui/shared/theme';

const textStyle = { fontSize: '11px', fontFamily: theme.fontFamily } as const;

function groups(report: ReportResult): Array<{ series: string | null; rows: ReportRow[] }> {
  const key = report.chart.series;
  if (!key) return [{ series: null, rows: report.rows }];
  const bySeries = new Map<string, ReportRow[]>();
  for (const row of report.rows) {
    const series = String(row[key] ?? '');
    bySeries.set(series, [...(bySeries.get(series) ?? []), row]);
  }
  return [...bySeries].map(([series, rows]) => ({ series, rows }));
}

export function ReportChart({ report }: { report: ReportResult }) {
  const { t } = useReportText();
  const column = (key: string) => report.columns.find((c) => c.key === key)!;
  const shown = groups(report).filter((group) => group.rows.length > 0);
  const truncated = shown.some((group) => group.rows.length > MAX_POINTS);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: theme.spacing4 }} data-testid="report-chart">
      {shown.map((group) => (
        <SeriesChart
          key={group.series ?? ''}
          kind={report.chart.kind}
          x={column(report.chart.x)}
          y={column(report.chart.y)}
          series={group.series}
          rows={group.rows}
        />
      ))}
      {truncated ? <span style={styles.hint}>{t('chart.truncated', { count: MAX_POINTS })}</span> : null}
    </div>
  );
}

function SeriesChart(props: {
  kind: ChartGeometry['kind'];
  x: ReportColumn;
  y: ReportColumn;
  series: string | null;
  rows: ReportRow[];
}) {
  const { t, language } = useReportText();
  const geometry = chartGeometry(
    props.kind,
    props.rows.map((row) => ({
      label: formatCell(language, props.x, row, true),
      value: Number(row[props.y.key] ?? 0),
      text: `${formatCell(language, props.x, row)}: ${formatCell(language, props.y, row)}`,
    })),
  );
  const names = {
    kind: t(`chart.kind.${props.kind}`),
    column: columnLabel(language, props.y),
    axis: columnLabel(language, props.x),
  };
  const label = props.series ? t('chart.labelIn', { ...names, currency: props.series }) : t('chart.label', names);
  return (
    <figure style={{ margin: 0 }} data-testid="chart-series" data-series={props.series ?? ''}>
      {props.series ? (
        <figcaption style={styles.sectionTitle}>
          {t('chart.title', { column: names.column, currency: props.series })}
        </figcaption>
      ) : null}
      <svg
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        width="100%"
        role="img"
        aria-label={label}
        style={{ maxWidth: `${FRAME.width}px`, display: 'block' }}
      >
        <title>{label}</title>
        <Axis geometry={geometry} language={language} />
        <Marks geometry={geometry} />
        {geometry.labels.map((axisLabel, index) => (
          <text
            key={index}
            x={axisLabel.x}
            y={axisLabel.y}
            transform={axisLabel.transform}
            textAnchor="end"
            fill={theme.fontSecondary}
            style={textStyle}
          >
            {axisLabel.text}
          </text>
        ))}
      </svg>
    </figure>
  );
}

function Axis({ geometry, language }: { geometry: ChartGeometry; language: 'en' | 'sl' }) {
  return (
    <g data-testid="chart-axis">
      {geometry.ticks.map((tick) => (
        <g key={tick.value}>
          <line
            x1={String(FRAME.left)}
            x2={String(FRAME.width - FRAME.right)}
            y1={tick.y}
            y2={tick.y}
            stroke={theme.borderMedium}
            strokeWidth="1"
          />
          <text
            x={String(FRAME.left - 8)}
            y={tick.y}
            textAnchor="end"
            dominantBaseline="middle"
            fill={theme.fontSecondary}
            style={textStyle}
          >
            {formatNumber(language, tick.value, 2)}
          </text>
        </g>
      ))}
      {geometry.baseline ? (
        <line
          x1={String(FRAME.left)}
          x2={String(FRAME.width - FRAME.right)}
          y1={geometry.baseline}
          y2={geometry.baseline}
          stroke={theme.borderStrong}
          strokeWidth="1"
        />
      ) : null}
    </g>
  );
}

const PIE_COLOURS = [theme.blue, theme.green, theme.orange, theme.gray, theme.red];

function Marks({ geometry }: { geometry: ChartGeometry }) {
  const colour = (negative: boolean) => (negative ? theme.orange : theme.blue);
  if (geometry.kind === 'pie')
    return (
      <g transform={geometry.centre}>
        {geometry.marks.map((mark, index) => (
          <path
            key={index}
            d={mark.d}
            fill={PIE_COLOURS[index % PIE_COLOURS.length]}
            stroke={theme.bgPrimary}
            data-testid="chart-mark"
          >
            <title>{mark.point.text}</title>
          </path>
        ))}
      </g>
    );
  if (geometry.kind === 'line')
    return (
      <g>
        <path d={geometry.path} fill="none" stroke={theme.blue} strokeWidth="2" />
        {geometry.marks.map((mark, index) => (
          <circle key={index} cx={mark.x} cy={mark.y} r="4" fill={colour(mark.negative)} data-testid="chart-mark">
            <title>{mark.point.text}</title>
          </circle>
        ))}
      </g>
    );
  return (
    <g>
      {geometry.marks.map((mark, index) => (
        <rect
          key={index}
          x={mark.x}
          y={mark.y}
          width={mark.width}
          height={mark.height}
          fill={colour(mark.negative)}
          data-testid="chart-mark"
          data-value={String(mark.point.value)}
        >
          <title>{mark.point.text}</title>
        </rect>
      ))}
    </g>
  );
}
