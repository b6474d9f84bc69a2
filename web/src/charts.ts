// Time-series charts drawn with uPlot (small, fast, canvas), each paired with a data table
// so the numbers are readable without the picture.

import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { h } from "./dom";
import { count } from "./format";
import { t } from "./i18n";

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"];

/** One line of a chart. `values` align with the chart's x values; null leaves a gap. */
export interface SeriesSpec {
  label: string;
  values: (number | null)[];
  color?: string;
  style?: "line" | "step" | "dashed" | "bars" | "points";
  faded?: boolean; // Drawn thin and pale: a level carried on past the last evidence, not a measurement.
}

/** A chart over time: x in seconds since the epoch (UTC). */
export interface TimeChartSpec {
  label: string; // Accessible name: what the chart shows.
  x: number[];
  series: SeriesSpec[];
  stacked?: boolean; // Areas stacked in series order; the legend still shows each series' own value.
  height?: number;
  y_label?: string;
  format_value?: (value: number | null) => string;
  plugins?: uPlot.Plugin[]; // Hooks a page adds: a highlighted period, a click that picks a date.
}

function path_for(style: SeriesSpec["style"]): uPlot.Series.PathBuilder | undefined {
  if (style === "step") return uPlot.paths.stepped!({ align: 1 });
  if (style === "bars") return uPlot.paths.bars!({ size: [0.7, 40] });
  return undefined;
}

/** Draws a time chart into a new element and keeps it as wide as its container. */
export function time_chart(spec: TimeChartSpec): HTMLElement {
  const holder = h("figure", { class: "chart", role: "img", "aria-label": spec.label });
  const format = spec.format_value ?? ((value: number | null) => count(value));
  const raw = spec.series.map((series) => series.values);
  let drawn = raw;
  if (spec.stacked) {
    // Each stacked series is drawn as the running sum, top-most first, so later (smaller) areas sit in front.
    const sums = raw.map((_, index) =>
      spec.x.map((_, at) => raw.slice(0, index + 1).reduce<number>((total, values) => total + (values[at] ?? 0), 0)),
    );
    drawn = sums.reverse();
  }
  const ordered = spec.stacked ? [...spec.series].reverse() : spec.series;
  const series: uPlot.Series[] = [
    { label: t("charts.date"), value: (_chart, value) => (value == null ? "–" : new Date(value * 1000).toISOString().slice(0, 10)) },
    ...ordered.map((series, index): uPlot.Series => {
      const color = series.color ?? palette[(spec.stacked ? ordered.length - 1 - index : index) % palette.length];
      const raw_index = spec.stacked ? ordered.length - 1 - index : index;
      return {
        label: series.label,
        stroke: series.faded ? `${color}66` : color,
        width: series.style === "points" ? 0 : series.faded ? 1.5 : 2,
        dash: series.style === "dashed" || series.faded ? [6, 4] : undefined,
        fill: spec.stacked || series.style === "bars" ? color : undefined,
        paths: spec.stacked ? uPlot.paths.stepped!({ align: 1 }) : path_for(series.style),
        points: { show: series.style === "points" ? true : undefined, size: 7, fill: color },
        value: (chart, _value, _series, at) =>
          at == null ? "–" : format(spec.stacked ? raw[raw_index][at] : (chart.data[index + 1][at] ?? null)),
      };
    }),
  ];
  const options: uPlot.Options = {
    width: 600,
    height: spec.height ?? 260,
    series,
    scales: {
      x: {
        time: true,
        // Bars are centred on their date: pad the range by half a bar so the first and last are whole.
        // The range comes from the data itself, so a single point still gets a sensible month around it.
        range: () => {
          const first = Math.min(...spec.x);
          const last = Math.max(...spec.x);
          if (first === last) return [first - 86400 * 15, last + 86400 * 15];
          const bars = spec.series.some((series) => series.style === "bars");
          const pad = bars ? Math.max(3.5 * 86400, (last - first) / (2 * spec.x.length)) : 0;
          return [first - pad, last + pad];
        },
      },
      y: {
        // Head counts and amounts read against zero.
        range: (_chart, min, max) => [Math.min(0, min ?? 0), max != null && max > 0 ? max * 1.08 : 1],
      },
    },
    axes: [
      {
        // Whole days at least: the data are dates, never times of day.
        incrs: [86400, 7 * 86400, 14 * 86400, 30 * 86400, 91 * 86400, 182 * 86400, 365 * 86400],
        values: (_chart, ticks) => ticks.map((tick) => new Date(tick * 1000).toISOString().slice(0, 10)),
        space: 90,
      },
      { label: spec.y_label, size: 60, values: (_chart, ticks) => ticks.map((tick) => format(tick)) }],
    legend: { live: true },
    cursor: { drag: { x: false, y: false } },
    plugins: spec.plugins,
  };
  const chart = new uPlot(options, [spec.x, ...drawn] as uPlot.AlignedData, holder);
  const observer = new ResizeObserver(() => {
    const width = Math.max(260, Math.floor(holder.clientWidth));
    if (Math.abs(chart.width - width) > 2) chart.setSize({ width, height: options.height });
  });
  observer.observe(holder);
  return holder;
}

/** A horizontal bar chart for categories (donors), drawn as SVG: one group of bars per row. */
export function bar_chart(
  label: string,
  rows: { name: string; values: number[] }[],
  legend: string[],
  format: (value: number) => string,
): HTMLElement {
  const max = Math.max(1, ...rows.flatMap((row) => row.values));
  const bar = 12;
  const gap = 10;
  const label_width = 150;
  const group = legend.length * bar + gap;
  const height = rows.length * group + 10;
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 600 ${height}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  svg.classList.add("bar-chart");
  rows.forEach((row, index) => {
    const top = index * group + 5;
    const name = document.createElementNS(ns, "text");
    name.setAttribute("x", String(label_width - 6));
    name.setAttribute("y", String(top + (legend.length * bar) / 2 + 4));
    name.setAttribute("text-anchor", "end");
    name.textContent = row.name;
    svg.appendChild(name);
    row.values.forEach((value, at) => {
      const width = ((600 - label_width - 90) * value) / max;
      const rect = document.createElementNS(ns, "rect");
      rect.setAttribute("x", String(label_width));
      rect.setAttribute("y", String(top + at * bar));
      rect.setAttribute("width", String(Math.max(value > 0 ? 1 : 0, width)));
      rect.setAttribute("height", String(bar - 2));
      rect.setAttribute("fill", palette[at % palette.length]);
      const title = document.createElementNS(ns, "title");
      title.textContent = `${row.name}, ${legend[at]}: ${format(value)}`;
      rect.appendChild(title);
      svg.appendChild(rect);
      const amount = document.createElementNS(ns, "text");
      amount.setAttribute("x", String(label_width + width + 4));
      amount.setAttribute("y", String(top + at * bar + bar - 3));
      amount.setAttribute("class", "bar-value");
      amount.textContent = format(value);
      svg.appendChild(amount);
    });
  });
  const key = h(
    "ul",
    { class: "chart-key" },
    legend.map((name, at) => h("li", {}, h("span", { class: "swatch", style: `background:${palette[at % palette.length]}` }), name)),
  );
  const figure = h("figure", { class: "chart" }, key);
  figure.appendChild(svg);
  return figure;
}

/** A table for a chart's numbers, collapsed under a "Data table" disclosure. */
export function data_table(caption: string, headers: string[], rows: (string | number | Node | null)[][]): HTMLElement {
  return h(
    "details",
    { class: "data-table" },
    h("summary", {}, t("charts.data_table")),
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        {},
        h("caption", {}, caption),
        h("thead", {}, h("tr", {}, headers.map((header) => h("th", { scope: "col" }, header)))),
        h("tbody", {}, rows.map((row) => h("tr", {}, row.map((cell) => h("td", {}, cell ?? "–"))))),
      ),
    ),
  );
}

/**
 * Splits a series at its last evidence: `observed` holds the values up to and including the last
 * point backed by evidence, `carried` the same level drawn on from there (meant for a faded, dashed
 * line), so a chart never presents days without data as measured ones. Points are aligned with `days`;
 * `after(day)` says whether a day lies after the last evidence.
 */
export function split_at_evidence(
  days: string[],
  values: (number | null)[],
  after: (day: string) => boolean,
): { observed: (number | null)[]; carried: (number | null)[] } {
  const observed = values.map((value, index) => (after(days[index]) ? null : value));
  let last = -1;
  observed.forEach((value, index) => {
    if (value !== null) last = index;
  });
  const carried = values.map((value, index) => {
    if (last < 0 || index < last) return null;
    if (index === last) return observed[index];
    return value;
  });
  return { observed, carried: carried.some((value, index) => value !== null && index > last) ? carried : values.map(() => null) };
}
