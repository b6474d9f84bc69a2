// The incident map to explore: department or commune shading, incident points clustered where they
// crowd, a time slider (week or month) that moves the map, the unit table and the trend together, and
// a list of the incidents of the unit or cluster chosen. Every stored text goes in as a text node.

import type { Feature, FeatureCollection, Geometry } from "geojson";
import { api_path, get, list_all, type ApiRecord, type RecordPage } from "./api";
import { AreaMap, unit_of } from "./choropleth";
import "./map.css";
import { h, replace } from "./dom";
import { count } from "./format";
import { PointClusters, points_of, type MapPoint } from "./map_cluster";
import { MapControls } from "./map_controls";
import { current_params, map_state, remember, type MapState } from "./map_state";
import { clip, period_label, period_start, periods_between } from "./map_time";
import { trend_view, type Cell, type Trend } from "./map_trend";
import type { IncidentAggregate, IncidentPoints } from "./generated/api";
import { unavailable } from "./notice";
import { source_links } from "./source_link";
import { table } from "./table";
import { locale, t } from "./i18n";

/** The page's filters, as the incidents routes take them. */
export interface Filter {
  from?: string;
  to?: string;
  event_type?: string;
}

/** Where the explorer draws and what it shows. */
export interface ExploreContext {
  map_box: HTMLElement;
  trend_box: HTMLElement;
  filter: Filter;
  metric: "events" | "fatalities";
  country?: string;
}

/** "1 incident", "3 incidents". */
const incidents = (n: number) => `${count(n)} ${n === 1 ? "incident" : "incidents"}`;

const levels = {
  adm1: { level: 1, one: t("map_explorer.level_department"), many: t("map_explorer.level_departments"), title: t("map_explorer.department") },
  adm2: { level: 2, one: t("map_explorer.level_commune"), many: t("map_explorer.level_communes"), title: t("map_explorer.commune") },
} as const;

/** The most points one period draws: the newest, with a note saying how many more there are. */
const max_points = 5000;

// Typed from the server's OpenAPI document (src/generated/api.ts): a renamed field fails the build.
function cells_of(data: IncidentAggregate): Cell[] {
  return data.rows.flatMap((row) => {
    const period = row.period_start;
    if (!period) return [];
    return [{ pcode: row.pcode, name: row.unit, period, events: row.events, fatalities: row.fatalities }];
  });
}

/** The mission's admin units of levels 1 and 2 with their boundaries, as stored admin_units records. */
async function load_boundaries(country: string | undefined): Promise<{ levels: Map<number, FeatureCollection>; sources: string[] } | null> {
  const units = await list_all("admin_units", { country }, 5000);
  if (!units.ok) return null;
  const by_level = new Map<number, FeatureCollection>();
  for (const unit of units.data.items) {
    if ((unit.level !== 1 && unit.level !== 2) || typeof unit.geometry !== "string") continue;
    let geometry: Geometry;
    try {
      geometry = JSON.parse(unit.geometry) as Geometry;
    } catch {
      continue;
    }
    const collection = by_level.get(unit.level) ?? { type: "FeatureCollection", features: [] };
    collection.features.push({ type: "Feature", properties: { pcode: unit.pcode, name: unit.name }, geometry } as Feature);
    by_level.set(unit.level, collection);
  }
  if (!by_level.has(1)) return null;
  const sources = [...new Set(units.data.items.map((unit) => unit.source_id).filter((key): key is string => typeof key === "string"))];
  return { levels: by_level, sources };
}

function incident_list(title: string, items: { id: number; key: string; date: string; event_type: string; location: string; fatalities: number | null }[], note = ""): HTMLElement[] {
  const heading: HTMLElement[] = [h("h3", { id: "map-selection-title" }, title)];
  if (note) heading.push(h("p", { class: "note" }, note));
  return [
    ...heading,
    h(
      "ol",
      { id: "map-selection-list", class: "incident-picks" },
      items.map((item) =>
        h(
          "li",
          { "data-id": String(item.id), "data-key": item.key },
          h("span", { class: "pick-date" }, item.date || "–"),
          t("map_explorer.key_v1_v2_v3_killed", { key: item.key, v1: item.event_type || "–", v2: item.location ? ` · ${item.location}` : "", v3: count(item.fatalities ?? 0) }),
        ),
      ),
    ),
  ];
}

/** Draws the map section and the trend section, and keeps them in step with the controls. */
/** "events" or "fatalities" in the reader's language, lower case as it reads inside a sentence. */
export function metric_name(metric: string): string {
  return (metric === "fatalities" ? t("map_explorer.fatalities") : t("map_explorer.events")).toLocaleLowerCase(locale());
}

export async function explore({ map_box, trend_box, filter, metric, country }: ExploreContext): Promise<void> {
  const state: MapState = map_state(current_params());
  const boundaries = await load_boundaries(country);
  const has_communes = (boundaries?.levels.get(2)?.features.length ?? 0) > 0;
  if (state.layer === "adm2" && !has_communes) Object.assign(state, { layer: "adm1", unit: "" });
  const names = new Map<string, string>();
  for (const collection of boundaries?.levels.values() ?? []) for (const feature of collection.features) names.set(unit_of(feature).pcode, unit_of(feature).name);

  let cells: Cell[] = [];
  let periods: string[] = [];
  let trend: Trend | null = null;
  let listing: "unit" | "cluster" | "" = "";
  let ticket = 0;
  const aggregates = new Map<string, ReturnType<typeof get<IncidentAggregate>>>();
  const point_pages = new Map<string, ReturnType<typeof get<IncidentPoints>>>();

  const area = boundaries ? new AreaMap((pcode) => void select(pcode)) : null;
  let clusters: PointClusters | null = null;
  const controls = new MapControls(state, has_communes, {
    layer: (layer) => void change_layer(layer),
    points: (shown) => {
      state.points = shown;
      remember(state);
      void draw_points(ticket);
    },
    step: (step) => void change_step(step),
    at: (at) => move_to(at),
  });
  const title = h("h2", { id: "incident-map-section-title" });
  const table_box = h("div", { id: "unit-table" });
  const points_note = h("p", { class: "note", id: "map-points-note" });
  const selection = h("div", { id: "map-selection", "aria-live": "polite" });
  const outside_note = h("p", { class: "note", id: "map-outside-note" });
  replace(
    map_box,
    title,
    controls.element,
    h(
      "div",
      { class: "map-layout" },
      area ? area.figure : h("p", { class: "notice", role: "status" }, t("map_explorer.no_admin_boundaries_are_available")),
      h("div", {}, table_box, selection),
    ),
    points_note,
    outside_note,
    boundaries ? h("p", { class: "note" }, t("map_explorer.boundaries"), source_links(boundaries.sources)) : null,
  );

  const range = () => (state.at ? clip(state.at, state.step, filter.from, filter.to) : { from: filter.from ?? "", to: filter.to ?? "" });
  const when = () => (state.at ? t("map_explorer.in_the_v0", { v0: period_label(state.at, state.step) }) : t("map_explorer.in_the_whole_range"));
  const unit_name = (pcode: string) => names.get(pcode) || cells.find((cell) => cell.pcode === pcode)?.name || pcode;

  async function load_cells(): Promise<boolean> {
    const key = `${state.layer}|${state.step}`;
    if (!aggregates.has(key)) aggregates.set(key, get<IncidentAggregate>(api_path("incidents/aggregate", { by: state.layer, period: state.step, ...filter })));
    const answer = await aggregates.get(key)!;
    if (!answer.ok) {
      replace(map_box, h("h2", {}, t("map_explorer.incident_map")), unavailable(t("map_explorer.the_incident_aggregate"), answer.problem));
      replace(trend_box, h("h2", {}, t("map_explorer.trend")), unavailable(t("map_explorer.the_trend"), answer.problem));
      return false;
    }
    cells = cells_of(answer.data);
    const starts = cells.map((cell) => cell.period).sort();
    const first = filter.from || starts[0] || "";
    const last = filter.to || starts[starts.length - 1] || "";
    periods = first && last ? periods_between(first, last, state.step) : [];
    if (state.at && !periods.includes(state.at)) state.at = periods.includes(period_start(state.at, state.step)) ? period_start(state.at, state.step) : "";
    controls.set_periods(periods, state.at, state.step);
    return true;
  }

  function totals(): Map<string, { events: number; fatalities: number }> {
    const sums = new Map<string, { events: number; fatalities: number }>();
    for (const feature of boundaries?.levels.get(levels[state.layer].level)?.features ?? []) sums.set(unit_of(feature).pcode, { events: 0, fatalities: 0 });
    for (const cell of cells) {
      if (state.at && cell.period !== state.at) continue;
      const sum = sums.get(cell.pcode) ?? { events: 0, fatalities: 0 };
      sum.events += cell.events;
      sum.fatalities += cell.fatalities;
      sums.set(cell.pcode, sum);
    }
    return sums;
  }

  function draw_map(): void {
    const level = levels[state.layer];
    const sums = totals();
    replace(title, t("map_explorer.incidents_by_one_metric_v2", { one: level.one, metric: metric_name(metric), v2: when() }));
    area?.shade({ values: new Map([...sums].map(([pcode, sum]) => [pcode, sum[metric]])), metric: metric_name(metric), selected: state.unit });
    const rows = [...sums].filter(([pcode]) => pcode).sort((a, b) => a[0].localeCompare(b[0]));
    replace(
      table_box,
      table(
        t("map_explorer.v0_by_one_v2_choose", { v0: metric === "events" ? t("map_explorer.events") : t("map_explorer.fatalities"), one: level.one, v2: when() }),
        rows,
        [
          {
            title: level.title,
            value: ([pcode]) => h("button", { type: "button", class: "link-button", "aria-pressed": String(pcode === state.unit), "data-pcode": pcode, onclick: () => void select(pcode === state.unit ? "" : pcode) }, `${unit_name(pcode)} (${pcode})`),
          },
          { title: t("map_explorer.events"), value: ([, sum]) => count(sum.events), numeric: true },
          { title: t("map_explorer.fatalities"), value: ([, sum]) => count(sum.fatalities), numeric: true },
        ],
        ([pcode, sum]) => ({ "data-pcode": pcode, "data-events": String(sum.events), "data-fatalities": String(sum.fatalities), class: pcode === state.unit ? "selected" : "" }),
      ),
    );
    const outside = sums.get("");
    replace(outside_note, outside && outside.events > 0 ? t("map_explorer.v0_events_v1_fall_in", { v0: count(outside.events), v1: when(), one: level.one }) : "");
  }

  function draw_trend(): void {
    const level = levels[state.layer];
    const where = state.unit ? unit_name(state.unit) : `all ${level.many}`;
    trend = trend_view(state.unit ? cells.filter((cell) => cell.pcode === state.unit) : cells, periods, state.step, where, state.unit, state.at, (period) => {
      controls.show(period);
      move_to(period);
    });
    replace(
      trend_box,
      h("h2", { id: "incident-trend-title" }, state.step === "week" ? t("map_explorer.weekly_trend") : t("map_explorer.monthly_trend")),
      state.unit ? h("p", {}, h("button", { type: "button", class: "link-button", id: "clear-department", onclick: () => void select("") }, t("map_explorer.show_all_many", { many: level.many }))) : null,
      trend.element,
    );
  }

  async function draw_points(at_ticket: number): Promise<void> {
    if (!area) return;
    const map = await area.map();
    clusters ??= new PointClusters(map, list_cluster);
    if (!state.points) {
      clusters.layer.remove();
      replace(points_note, "");
      return;
    }
    const { from, to } = range();
    const key = `${from}|${to}`;
    if (!point_pages.has(key)) point_pages.set(key, get<IncidentPoints>(api_path("incidents/points", { from, to, event_type: filter.event_type, limit: max_points })));
    const answer = await point_pages.get(key)!;
    if (at_ticket !== ticket || !state.points) return;
    if (!answer.ok) {
      replace(points_note, unavailable(t("map_explorer.the_incident_points"), answer.problem));
      return;
    }
    const points = points_of(answer.data);
    clusters.layer.addTo(map);
    clusters.show(points);
    const total = answer.data.total;
    const unlocated = answer.data.without_coordinates;
    const more = total > max_points ? t("map_explorer.the_newest_v0_of_v1", { v0: count(max_points), v1: count(total) }) : "";
    replace(points_note, t("map_explorer.v0_incident_v1_v2_more", { v0: count(points.length), v2: when(), more, v4: unlocated ? t("map_explorer.no_coordinates", { unlocated }) : "", points: points.length }));
  }

  async function list_unit(at_ticket: number): Promise<void> {
    if (!state.unit) {
      listing = "";
      replace(selection, h("p", { class: "note", id: "map-selection-hint" }, t("map_explorer.choose_a_v0_or_a", { v0: levels[state.layer].one })));
      return;
    }
    listing = "unit";
    const { from, to } = range();
    const answer = await get<RecordPage>(api_path("incidents", { [`${state.layer}_pcode`]: state.unit, from, to, event_type: filter.event_type, limit: 100 }));
    if (at_ticket !== ticket) return;
    if (!answer.ok) return replace(selection, unavailable(t("map_explorer.the_unit_s_incidents"), answer.problem));
    const items = answer.data.items.map((item: ApiRecord) => ({
      id: item.id,
      key: String(item.key ?? ""),
      date: String(item.date ?? ""),
      event_type: String(item.event_type ?? ""),
      location: String(item.location ?? ""),
      fatalities: typeof item.fatalities === "number" ? item.fatalities : null,
    }));
    const shown = items.length < answer.data.total ? t("map_explorer.the_newest_length_of_v1", { length: items.length, v1: count(answer.data.total) }) : "";
    replace(selection, ...incident_list(`${incidents(answer.data.total)} in ${unit_name(state.unit)} ${when()}`, items, shown));
  }

  function list_cluster(members: MapPoint[]): void {
    listing = "cluster";
    const newest = [...members].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
    const places = [...new Set(members.map((point) => names.get(point.adm1_pcode) || point.adm1_pcode).filter(Boolean))].join(", ");
    replace(selection, ...incident_list(t("map_explorer.v0_in_this_cluster_v1", { v0: incidents(members.length), v1: when(), v2: places ? ` (${places})` : "" }), newest));
  }

  function move_to(at: string): void {
    state.at = at;
    ticket++;
    remember(state);
    draw_map();
    trend?.highlight(at);
    void draw_points(ticket);
    // A cluster's members change with the period, so its list would be stale; a unit's is reloaded.
    if (listing === "unit" || listing === "cluster") void list_unit(ticket);
  }

  async function select(pcode: string): Promise<void> {
    state.unit = pcode;
    ticket++;
    remember(state);
    draw_map();
    draw_trend();
    await list_unit(ticket);
  }

  async function redraw_all(): Promise<void> {
    ticket++;
    remember(state);
    if (!(await load_cells())) return;
    const units = boundaries?.levels.get(levels[state.layer].level);
    if (area && units) await area.show_units(units, levels[state.layer].many);
    draw_map();
    draw_trend();
    await Promise.all([draw_points(ticket), list_unit(ticket)]);
  }

  async function change_layer(layer: MapState["layer"]): Promise<void> {
    Object.assign(state, { layer, unit: "" });
    await redraw_all();
  }

  async function change_step(step: MapState["step"]): Promise<void> {
    Object.assign(state, { step, at: state.at ? period_start(state.at, step) : "" });
    await redraw_all();
  }

  await redraw_all();
}
