// The KPI panel (issue 19 item 5): each KPI's last finished month against the target a manager set, met or missed, and
// its trend as a small line with the target as a dashed line, drawn with d3 scales in the SVG elements Twenty's host
// forwards (UI-SURFACES.md §4.2, properties as strings). Money stays per currency (one KPI per currency), percentages
// and money in the member's language. The figures are the server's (server/reports/kpis.ts), never recomputed here.
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { useEffect, useState } from 'react';

import type { KpiSeries, KpisAnswer } from 'server/routes/contracts';
import { formatKpiValue, formatMonth } from 'ui/reports/format';
import { KpiTargetsSection } from 'ui/reports/kpi-targets';
import { readKpis } from 'ui/reports/report-client';
import { useReportText } from 'ui/reports/use-report-text';
import { Failed, Loading } from 'ui/shared/states';
import { styles, theme } from 'ui/shared/theme';

const PERIODS = 6;
const SPARK = { width: 220, height: 60, pad: 6 } as const;

export function KpiPanel() {
  const { t } = useReportText();
  const [answer, setAnswer] = useState<KpisAnswer | { failed: string; action: string } | null>(null);
  const load = () => {
    void readKpis(PERIODS).then((result) =>
      setAnswer(result.ok ? result.data : { failed: result.error, action: result.action }),
    );
  };
  useEffect(load, []);

  return (
    <section style={styles.section} aria-labelledby="kpi-title" data-testid="kpi-panel">
      <h2 style={styles.sectionTitle} id="kpi-title">
        {t('kpi.title')}
      </h2>
      {answer === null ? <Loading /> : null}
      {answer && 'failed' in answer ? <Failed message={answer.failed} action={answer.action} onRetry={load} /> : null}
      {answer && 'kpis' in answer ? <KpiAsOf dataAsOf={answer.dataAsOf} /> : null}
      {answer && 'kpis' in answer ? <KpiList kpis={answer.kpis} /> : null}
      {answer && 'kpis' in answer ? <KpiTargetsSection answer={answer} onSaved={load} /> : null}
    </section>
  );
}

function KpiAsOf({ dataAsOf }: { dataAsOf: string | null }) {
  const { t, time } = useReportText();
  return (
    <p style={{ ...styles.hint, margin: 0 }} data-testid="kpi-as-of" data-as-of={dataAsOf ?? ''}>
      {dataAsOf ? t('kpi.asOf', { time: time(dataAsOf) }) : t('kpi.never')}
    </p>
  );
}

function KpiList({ kpis }: { kpis: KpiSeries[] }) {
  const { t, language } = useReportText();
  // The last point is the month under way; the one before it is the last finished month.
  const finished = kpis[0]?.trend.at(-2)?.period;
  return (
    <>
      {finished ? <p style={{ margin: 0 }}>{t('kpi.intro', { month: formatMonth(language, finished) })}</p> : null}
      <ul style={{ margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: theme.spacing3 }}>
        {kpis.map((series) => (
          <KpiCard key={`${series.kpi}-${series.currency ?? ''}`} series={series} />
        ))}
      </ul>
    </>
  );
}

function KpiCard({ series }: { series: KpiSeries }) {
  const { t, language } = useReportText();
  const name = t(`kpi.${series.kpi}`, { currency: series.currency ?? '' });
  const point = series.trend.at(-2) ?? series.trend.at(-1)!;
  const verdict = point.met === null ? (point.actual === null ? 'unmeasured' : null) : point.met ? 'met' : 'missed';
  const look = point.met === null ? {} : point.met ? styles.success : styles.error;
  return (
    <li
      style={{ ...styles.field, ...look, minWidth: '240px' }}
      data-testid="kpi"
      data-kpi={series.kpi}
      data-currency={series.currency ?? ''}
      data-actual={point.actual === null ? '' : String(point.actual)}
      data-target={point.target === null ? '' : String(point.target)}
      data-met={point.met === null ? '' : String(point.met)}
    >
      <strong>{name}</strong>
      <span data-testid="kpi-figures">
        {point.actual === null
          ? t('kpi.unmeasured')
          : `${t('kpi.actual', { actual: formatKpiValue(language, series, point.actual) })}, ${
              point.target === null
                ? t('kpi.noTarget')
                : t(`kpi.target.${series.direction}`, { target: formatKpiValue(language, series, point.target) })
            }`}
      </span>
      {verdict && point.actual !== null ? (
        <span style={styles.hint} data-testid="kpi-verdict">
          {t(`kpi.${verdict}`)}
        </span>
      ) : null}
      <KpiTrend series={series} name={name} />
    </li>
  );
}

/** The actuals as a line over the months, the targets (where set) as a dashed line on the same scale. */
function KpiTrend({ series, name }: { series: KpiSeries; name: string }) {
  const { t, language } = useReportText();
  const points = series.trend;
  const values = points.flatMap((p) => [p.actual, p.target]).filter((v) => v !== null);
  const numbers = values.map(Number);
  const x = scalePoint<string>()
    .domain(points.map((p) => p.period))
    .range([SPARK.pad, SPARK.width - SPARK.pad]);
  const y = scaleLinear()
    .domain([Math.min(0, ...numbers), Math.max(1, ...numbers)])
    .nice()
    .range([SPARK.height - SPARK.pad, SPARK.pad]);
  const path = (key: 'actual' | 'target') =>
    line<(typeof points)[number]>()
      .defined((p) => p[key] !== null)
      .x((p) => x(p.period)!)
      .y((p) => y(Number(p[key])))(points) ?? '';
  const label = t('kpi.trend', {
    kpi: name,
    first: formatMonth(language, points[0]!.period, 'short'),
    last: formatMonth(language, points.at(-1)!.period, 'short'),
  });
  return (
    <svg
      viewBox={`0 0 ${SPARK.width} ${SPARK.height}`}
      width="100%"
      role="img"
      aria-label={label}
      style={{ maxWidth: `${SPARK.width}px`, display: 'block' }}
      data-testid="kpi-trend"
    >
      <title>{label}</title>
      {points.some((p) => p.target !== null) ? (
        <path d={path('target')} fill="none" stroke={theme.fontSecondary} strokeWidth="1" strokeDasharray="4 3" />
      ) : null}
      <path d={path('actual')} fill="none" stroke={theme.blue} strokeWidth="2" />
      {points.map((p) =>
        p.actual === null ? null : (
          <circle
            key={p.period}
            cx={String(x(p.period))}
            cy={String(y(Number(p.actual)))}
            r="3"
            fill={theme.blue}
            data-testid="kpi-point"
            data-value={String(p.actual)}
          >
            <title>
              {t('kpi.point', {
                month: formatMonth(language, p.period, 'short'),
                actual: formatKpiValue(language, series, p.actual),
              })}
            </title>
          </circle>
        ),
      )}
    </svg>
  );
}
