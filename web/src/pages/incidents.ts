// Incidents: choropleth by department (events or fatalities), weekly trend, filters by date range
// and event type; choosing a department filters the trend. Editors add incidents here.

import type { Feature, FeatureCollection, Geometry } from "geojson";
import { api_path, get, list_all, type ApiRecord, type RecordPage } from "../api";
import { data_table, time_chart } from "../charts";
import { choropleth, unit_of } from "../choropleth";
import { h, replace, section } from "../dom";
import { count, date, epochSeconds } from "../format";
import { loading, no_data, unavailable } from "../notice";
import type { PageContext } from "../page";
import { list_at, number_at, text_at } from "../pick";
import { record_form } from "../record_form";
import { can_edit } from "../session";
import { source_link, source_links } from "../source_link";
import { table } from "../table";

/** ACLED's six event types. */
const event_types = ["Battles", "Violence against civilians", "Explosions/Remote violence", "Riots", "Protests", "Strategic developments"];

interface Cell {
  pcode: string;
  name: string;
  period: string;
  events: number;
  fatalities: number;
}

function cells_of(data: unknown): Cell[] {
  const rows = Array.isArray(data) ? data : (list_at(data, "rows", "items", "cells", "groups") ?? []);
  return rows.flatMap((row) => {
    const period = text_at(row, "period_start", "period");
    if (!period) return [];
    return [
      {
        pcode: text_at(row, "pcode") ?? "",
        name: text_at(row, "unit") ?? "",
        period,
        events: number_at(row, "events", "count", "event_count") ?? 0,
        fatalities: number_at(row, "fatalities") ?? 0,
      },
    ];
  });
}

/** The mission's first-level admin units with their boundaries, as stored admin_units records. */
async function load_boundaries(country: string | undefined): Promise<{ collection: FeatureCollection; sources: string[] } | null> {
  const units = await list_all("admin_units", { country }, 2000);
  if (!units.ok) return null;
  const features: Feature[] = units.data.items.flatMap((unit) => {
    if (unit.level !== 1 || typeof unit.geometry !== "string") return [];
    try {
      const geometry = JSON.parse(unit.geometry) as Geometry;
      return [{ type: "Feature" as const, properties: { pcode: unit.pcode, name: unit.name }, geometry }];
    } catch {
      return [];
    }
  });
  if (features.length === 0) return null;
  const sources = [...new Set(units.data.items.map((unit) => unit.source_id).filter((key): key is string => typeof key === "string"))];
  return { collection: { type: "FeatureCollection", features }, sources };
}

function route_with(params: URLSearchParams, changes: Record<string, string>): string {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  const query = next.toString();
  return `#/incidents${query ? `?${query}` : ""}`;
}

function filters_form(params: URLSearchParams): HTMLElement {
  const form = h(
    "form",
    { class: "filters", id: "incident-filters", "aria-label": "Incident filters" },
    h("div", { class: "field" }, h("label", { for: "filter-from" }, "From"), h("input", { id: "filter-from", name: "from", type: "date", value: params.get("from") ?? "" })),
    h("div", { class: "field" }, h("label", { for: "filter-to" }, "To"), h("input", { id: "filter-to", name: "to", type: "date", value: params.get("to") ?? "" })),
    h(
      "div",
      { class: "field" },
      h("label", { for: "filter-type" }, "Event type"),
      h("select", { id: "filter-type", name: "event_type" }, h("option", { value: "" }, "All types"), event_types.map((type) => h("option", { value: type, selected: type === params.get("event_type") }, type))),
    ),
    h(
      "fieldset",
      { class: "field switch" },
      h("legend", {}, "Map shows"),
      ["events", "fatalities"].map((metric) =>
        h("label", {}, h("input", { type: "radio", name: "metric", value: metric, checked: (params.get("metric") ?? "events") === metric }), ` ${metric}`),
      ),
    ),
    h("button", { type: "submit" }, "Apply"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = route_with(params, {
      from: String(data.get("from") ?? ""),
      to: String(data.get("to") ?? ""),
      event_type: String(data.get("event_type") ?? ""),
      metric: String(data.get("metric") ?? "events"),
    });
  });
  // The metric switch redraws at once; dates and type wait for Apply so typing a date does not reload.
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="metric"]')) {
    radio.addEventListener("change", () => (location.hash = route_with(params, { metric: radio.value })));
  }
  return form;
}

function trend_view(cells: Cell[], selected: string, selected_name: string): HTMLElement {
  const chosen = selected ? cells.filter((cell) => cell.pcode === selected) : cells;
  const weeks = [...new Set(cells.map((cell) => cell.period))].sort();
  if (weeks.length === 0) return no_data("incidents in this range");
  const events = weeks.map((week) => chosen.filter((cell) => cell.period === week).reduce((sum, cell) => sum + cell.events, 0));
  const fatalities = weeks.map((week) => chosen.filter((cell) => cell.period === week).reduce((sum, cell) => sum + cell.fatalities, 0));
  const where = selected ? selected_name || selected : "all departments";
  return h(
    "div",
    { id: "trend", "data-department": selected },
    h("p", { class: "note", id: "trend-scope" }, `Weekly events and fatalities, ${where}.`),
    time_chart({
      label: `Weekly incidents and fatalities, ${where}`,
      x: weeks.map(epochSeconds),
      series: [
        { label: "events", values: events, style: "bars" },
        { label: "fatalities", values: fatalities, style: "line", color: "#D55E00" },
      ],
      height: 220,
    }),
    data_table(`Weekly incidents, ${where}`, ["Week", "Events", "Fatalities"], weeks.map((week, index) => [week, count(events[index]), count(fatalities[index])])),
  );
}

function incidents_table(items: ApiRecord[], total: number): HTMLElement {
  if (items.length === 0) return no_data("incidents in this range");
  const newest = [...items].sort((a, b) => String(b.date).localeCompare(String(a.date)) || b.id - a.id);
  return table(
    `Latest incidents (${newest.length} of ${total})`,
    newest,
    [
      { title: "Date", value: (item) => date(item.date) },
      { title: "Type", value: (item) => String(item.event_type ?? "–") },
      { title: "Department", value: (item) => String(item.admin1 ?? item.adm1_pcode ?? "–") },
      { title: "Place", value: (item) => String(item.location ?? "–") },
      { title: "Fatalities", value: (item) => count(item.fatalities as number), numeric: true },
      { title: "Source", value: (item) => source_link(item.source_id) ?? (item.reported_by ? String(item.reported_by) : null) },
    ],
    (item) => ({ "data-id": String(item.id) }),
  );
}

/** Draws the Incidents page. Query: from, to, event_type, metric (events|fatalities), adm1 (selected P-code). */
export async function render_incidents({ main, params, mission }: PageContext): Promise<void> {
  const metric = params.get("metric") === "fatalities" ? "fatalities" : "events";
  const selected = params.get("adm1") ?? "";
  const filter = { from: params.get("from") ?? undefined, to: params.get("to") ?? undefined, event_type: params.get("event_type") ?? undefined };
  const map_box = section("incident-map-section", `Incidents by department (${metric})`, loading("the map"));
  const trend_box = section("incident-trend", "Weekly trend", loading("the trend"));
  const list_box = section("incident-list", "Incidents", loading("incidents"));
  replace(main, h("h1", {}, "Incidents"), filters_form(params), map_box, trend_box, list_box);

  const form = can_edit()
    ? record_form({
        id: "incident-form",
        kind: "incidents",
        title: "Incident",
        on_saved: () => void load_list(),
        inputs: [
          { name: "date", label: "Date", type: "date", required: true },
          { name: "event_type", label: "Event type", type: "choice", required: true, choices: event_types },
          { name: "sub_event_type", label: "Sub-event type", type: "text" },
          { name: "country", label: "Country", type: "country", value: "HTI" },
          { name: "admin1", label: "Department", type: "text" },
          { name: "adm1_pcode", label: "Department P-code", type: "text", hint: "HT01 … HT10" },
          { name: "location", label: "Place", type: "text" },
          { name: "latitude", label: "Latitude", type: "number" },
          { name: "longitude", label: "Longitude", type: "number" },
          { name: "fatalities", label: "Fatalities", type: "integer" },
          { name: "actor1", label: "First actor", type: "text" },
          { name: "notes", label: "Notes", type: "textarea" },
          { name: "source_id", label: "Source key", type: "text" },
        ],
      })
    : null;
  async function load_list(): Promise<void> {
    // The API lists incidents newest first: the first page is the latest.
    const incidents = await get<RecordPage>(api_path("incidents", { ...filter, limit: 50 }));
    replace(
      list_box,
      h("h2", { id: "incident-list-title" }, "Incidents"),
      form,
      h("div", { id: "incidents-list" }, incidents.ok ? incidents_table(incidents.data.items, incidents.data.total) : unavailable("Incidents", incidents.problem)),
    );
  }

  const [aggregate, boundaries] = await Promise.all([
    get<unknown>(api_path("incidents/aggregate", { by: "adm1", period: "week", ...filter })),
    load_boundaries(typeof mission?.record.host_country === "string" ? mission.record.host_country : undefined),
    load_list(),
  ]);
  if (!aggregate.ok) {
    replace(map_box, h("h2", {}, "Incidents by department"), unavailable("The incident aggregate", aggregate.problem));
    replace(trend_box, h("h2", {}, "Weekly trend"), unavailable("The weekly trend", aggregate.problem));
    return;
  }
  const cells = cells_of(aggregate.data);
  const totals = new Map<string, { name: string; events: number; fatalities: number }>();
  for (const cell of cells) {
    const total = totals.get(cell.pcode) ?? { name: cell.name, events: 0, fatalities: 0 };
    total.events += cell.events;
    total.fatalities += cell.fatalities;
    totals.set(cell.pcode, total);
  }
  if (boundaries) {
    for (const feature of boundaries.collection.features) {
      const unit = unit_of(feature);
      if (!totals.has(unit.pcode)) totals.set(unit.pcode, { name: unit.name, events: 0, fatalities: 0 });
      else if (!totals.get(unit.pcode)!.name) totals.get(unit.pcode)!.name = unit.name;
    }
  }
  const values = new Map([...totals].map(([pcode, total]) => [pcode, total[metric]]));
  const select = (pcode: string) => (location.hash = route_with(params, { adm1: pcode }));
  const departments = [...totals].filter(([pcode]) => pcode).sort((a, b) => a[0].localeCompare(b[0]));
  const department_list = table(
    `${metric === "events" ? "Events" : "Fatalities"} by department; choose one to filter the trend`,
    departments,
    [
      {
        title: "Department",
        value: ([pcode, total]) =>
          h("button", { type: "button", class: "link-button", "aria-pressed": String(pcode === selected), "data-pcode": pcode, onclick: () => select(pcode === selected ? "" : pcode) }, `${total.name || pcode} (${pcode})`),
      },
      { title: "Events", value: ([, total]) => count(total.events), numeric: true },
      { title: "Fatalities", value: ([, total]) => count(total.fatalities), numeric: true },
    ],
    ([pcode]) => ({ "data-pcode": pcode, class: pcode === selected ? "selected" : "" }),
  );
  replace(
    map_box,
    h("h2", { id: "incident-map-section-title" }, `Incidents by department (${metric})`),
    h(
      "div",
      { class: "map-layout" },
      boundaries ? choropleth(boundaries.collection, values, metric, selected, select) : h("p", { class: "notice", role: "status" }, "No admin boundaries are available from this server, so the map cannot be drawn; the table gives the same figures."),
      department_list,
    ),
    boundaries ? h("p", { class: "note" }, "Boundaries: ", source_links(boundaries.sources)) : null,
    totals.has("") ? h("p", { class: "note" }, `${count(totals.get("")!.events)} events fall in no department (no location, or outside every boundary).`) : null,
  );
  replace(
    trend_box,
    h("h2", { id: "incident-trend-title" }, "Weekly trend"),
    selected ? h("p", {}, h("a", { href: route_with(params, { adm1: "" }), id: "clear-department" }, "Show all departments")) : null,
    trend_view(cells, selected, totals.get(selected)?.name ?? ""),
  );
}
