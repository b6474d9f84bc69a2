// The trend under the map: events and fatalities per week or month for the chosen unit (or all),
// with the period the map's slider is on drawn as a band; a click on the chart moves the slider.

import type uPlot from "uplot";
import { data_table, time_chart } from "./charts";
import { h } from "./dom";
import { count, epochSeconds } from "./format";
import { no_data } from "./notice";
import { period_label, type Step } from "./map_time";

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
  const label = step === "week" ? "Weekly" : "Monthly";
  if (periods.length === 0) return { element: no_data("incidents in this range"), highlight: () => {} };
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
    [step === "week" ? "Week" : "Month", "Events", "Fatalities"],
    periods.map((period, index) => [period, count(events[index]), count(fatalities[index])]),
  );
  const rows = [...table.querySelectorAll("tbody tr")];
  const highlight = (next: string) => {
    current = next;
    scope.textContent = `${label} events and fatalities, ${where}.${next ? ` The map shows the ${period_label(next, step)}; choose a bar to move it.` : " Choose a bar to show its period on the map."}`;
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
      label: `${label} incidents and fatalities, ${where}`,
      x,
      series: [
        { label: "events", values: events, style: "bars" },
        { label: "fatalities", values: fatalities, style: "line", color: "#D55E00" },
      ],
      height: 220,
      plugins: [band],
    }),
    table,
  );
  highlight(at);
  return { element, highlight };
}
