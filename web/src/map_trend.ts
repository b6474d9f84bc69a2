// The trend under the map: events and fatalities per week or month for the chosen unit (or all),
// with the period the map's slider is on drawn as a band; a click on the chart moves the slider.

import type uPlot from "uplot";
import { data_table, time_chart } from "./charts";
import { h } from "./dom";
import { count, epochSeconds } from "./format";
import { no_data } from "./notice";
import { period_label, type Step } from "./map_time";
import { t } from "./i18n";

/** Events and fatalities of one unit in one period, as the aggregate route counts them. */
export interface Cell {
  pcode: string;
  name: string;
  period: string; // The period's first day.
  events: number;
  fatalities: number;
}

/** A drawn trend: its element, and a way to move the band to another period ("" for none). */
export interface Trend {
  element: HTMLElement;
  highlight: (at: string) => void;
}

const day = 86400;

/** Draws the trend of `cells` (already those of the chosen unit) over `periods`. */
export function trend_view(cells: Cell[], periods: string[], step: Step, where: string, selected: string, at: string, on_pick: (period: string) => void): Trend {
  const label = step === "week" ? t("map_trend.weekly") : t("map_trend.monthly");
  if (periods.length === 0) return { element: no_data(t("map_trend.incidents_in_this_range")), highlight: () => {} };
  const by_period = new Map(periods.map((period) => [period, { events: 0, fatalities: 0 }]));
  for (const cell of cells) {
    const sum = by_period.get(cell.period);
    if (!sum) continue;
    sum.events += cell.events;
    sum.fatalities += cell.fatalities;
  }
  const events = periods.map((period) => by_period.get(period)!.events);
  const fatalities = periods.map((period) => by_period.get(period)!.fatalities);
  const x = periods.map(epochSeconds);
  let current = at;
  let chart: uPlot | null = null;
  const half = ((step === "week" ? 7 : 30) * day) / 2;
  const band: uPlot.Plugin = {
    hooks: {
      // Drawn after the canvas is cleared and before the series, so the bars stay in front of the band.
      drawClear: (u) => {
        if (!current) return;
        const middle = epochSeconds(current);
        const left = u.valToPos(middle - half, "x", true);
        const right = u.valToPos(middle + half, "x", true);
        u.ctx.save();
        u.ctx.fillStyle = "rgba(0, 114, 178, 0.15)";
        u.ctx.fillRect(left, u.bbox.top, right - left, u.bbox.height);
        u.ctx.restore();
      },
      ready: (u) => {
        chart = u;
        u.over.addEventListener("click", () => {
          const left = u.cursor.left;
          if (left == null || left < 0) return;
          const value = u.posToVal(left, "x");
          let nearest = 0;
          x.forEach((time, index) => {
            if (Math.abs(time - value) < Math.abs(x[nearest] - value)) nearest = index;
          });
          on_pick(periods[nearest]);
        });
      },
    },
  };
  const scope = h("p", { class: "note", id: "trend-scope" });
  const table = data_table(
    `${label} incidents, ${where}`,
    [step === "week" ? t("map_trend.week") : t("map_trend.month"), t("map_trend.events"), t("map_trend.fatalities")],
    periods.map((period, index) => [period, count(events[index]), count(fatalities[index])]),
  );
  const rows = [...table.querySelectorAll("tbody tr")];
  const highlight = (next: string) => {
    current = next;
    scope.textContent = t("map_trend.label_events_and_fatalities_where", { label, where, v2: next ? t("map_trend.the_map_shows", { period: period_label(next, step) }) : t("map_trend.choose_a_bar") });
    rows.forEach((row, index) => {
      if (periods[index] === next) row.setAttribute("aria-current", "true");
      else row.removeAttribute("aria-current");
    });
    chart?.redraw(false);
  };
  const element = h(
    "div",
    { id: "trend", "data-department": selected },
    scope,
    time_chart({
      label: t("map_trend.label_incidents_and_fatalities_where", { label, where }),
      x,
      series: [
        { label: t("map_trend.events_series"), values: events, style: "bars" },
        { label: t("map_trend.fatalities_series"), values: fatalities, style: "line", color: "#D55E00" },
      ],
      height: 220,
      plugins: [band],
    }),
    table,
  );
  highlight(at);
  return { element, highlight };
}
