// Where a report chart's marks go, computed by d3-scale and d3-shape (maintained geometry libraries, issue 19 step 3)
// for a fixed viewBox: the page draws them as plain SVG elements, so nothing measures the DOM (Twenty's remote DOM
// cannot) and the SVG scales to the card's width. Coordinates come out as strings, the only SVG property type the host
// forwards (UI-SURFACES.md §4.2). Pure, so tests check the geometry without a browser.
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { arc, line, pie, type PieArcDatum } from 'd3-shape';

export const FRAME = { width: 720, height: 300, top: 16, right: 16, bottom: 64, left: 80 } as const;
/** More bars than this do not fit a readable chart; the table keeps every row. */
export const MAX_POINTS = 36;
/** At most this many axis labels, so they never overlap; the others are read from the marks' titles. */
const MAX_LABELS = 12;

export interface ChartPoint {
  /** The x value as the axis shows it. */
  label: string;
  /** The figure, for the geometry only (the exact value is shown in words from the report's decimal string). */
  value: number;
  /** The figure in words, for the mark's title. */
  text: string;
}

export interface AxisTick {
  y: string;
  value: number;
}

export interface AxisLabel {
  x: string;
  y: string;
  text: string;
  transform: string;
}

export interface Mark {
  point: ChartPoint;
  /** A rectangle (bar), a dot (line) or a slice path (pie). */
  x?: string;
  y?: string;
  width?: string;
  height?: string;
  d?: string;
  negative: boolean;
}

export interface ChartGeometry {
  kind: 'bar' | 'line' | 'pie';
  marks: Mark[];
  /** The line through the points (line charts). */
  path?: string;
  ticks: AxisTick[];
  /** The y of zero, where bars start. */
  baseline?: string;
  labels: AxisLabel[];
  /** The pie's centre, as a transform for its slices. */
  centre?: string;
}

const px = (value: number) => value.toFixed(1);
const plotBottom = FRAME.height - FRAME.bottom;

function valueScale(points: ChartPoint[]) {
  const values = points.map((p) => p.value);
  return scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice()
    .range([plotBottom, FRAME.top]);
}

function axisLabels(points: ChartPoint[], centreOf: (index: number) => number): AxisLabel[] {
  const every = Math.ceil(points.length / MAX_LABELS);
  return points.flatMap((point, index) => {
    if (index % every !== 0) return [];
    const x = px(centreOf(index));
    const y = px(plotBottom + 14);
    return [{ x, y, text: point.label, transform: `rotate(-30 ${x} ${y})` }];
  });
}

function bars(points: ChartPoint[]): ChartGeometry {
  const x = scaleBand<number>()
    .domain(points.map((_, index) => index))
    .range([FRAME.left, FRAME.width - FRAME.right])
    .padding(0.2);
  const y = valueScale(points);
  const zero = y(0);
  return {
    kind: 'bar',
    marks: points.map((point, index) => ({
      point,
      x: px(x(index)!),
      y: px(Math.min(y(point.value), zero)),
      width: px(x.bandwidth()),
      height: px(Math.abs(zero - y(point.value))),
      negative: point.value < 0,
    })),
    ticks: y.ticks(5).map((value) => ({ value, y: px(y(value)) })),
    baseline: px(zero),
    labels: axisLabels(points, (index) => x(index)! + x.bandwidth() / 2),
  };
}

function lineChart(points: ChartPoint[]): ChartGeometry {
  const x = scalePoint<number>()
    .domain(points.map((_, index) => index))
    .range([FRAME.left, FRAME.width - FRAME.right])
    .padding(0.5);
  const y = valueScale(points);
  const path = line<ChartPoint>()
    .x((_, index) => x(index)!)
    .y((point) => y(point.value))(points);
  return {
    kind: 'line',
    path: path ?? '',
    marks: points.map((point, index) => ({
      point,
      x: px(x(index)!),
      y: px(y(point.value)),
      negative: point.value < 0,
    })),
    ticks: y.ticks(5).map((value) => ({ value, y: px(y(value)) })),
    baseline: px(y(0)),
    labels: axisLabels(points, (index) => x(index)!),
  };
}

function pieChart(points: ChartPoint[]): ChartGeometry {
  const radius = (FRAME.height - FRAME.top * 2) / 2;
  // A slice cannot be negative; those points stay in the table and the title, with no slice.
  const slices = pie<ChartPoint>()
    .sort(null)
    .value((point) => Math.max(0, point.value))(points);
  const slice = arc<PieArcDatum<ChartPoint>>().innerRadius(0).outerRadius(radius);
  return {
    kind: 'pie',
    centre: `translate(${px(FRAME.width / 2)} ${px(FRAME.height / 2)})`,
    marks: slices.map((datum) => ({ point: datum.data, d: slice(datum) ?? '', negative: datum.data.value < 0 })),
    ticks: [],
    labels: [],
  };
}

export function chartGeometry(kind: ChartGeometry['kind'], points: ChartPoint[]): ChartGeometry {
  const shown = points.slice(0, MAX_POINTS);
  if (kind === 'line') return lineChart(shown);
  if (kind === 'pie') return pieChart(shown);
  return bars(shown);
}
