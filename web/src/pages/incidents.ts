// Incidents: the map to explore (departments or communes, points, a time slider; see map_explorer.ts),
// the trend that follows it, filters by date range and event type, and the latest incidents.
// Editors add incidents here.

import { api_path, get } from "../api";
import type { Incident, ResponseOf } from "../generated/api";
import { h, replace, section } from "../dom";
import { download_menu } from "../download";
import { count, date, label } from "../format";
import { explore, metric_name } from "../map_explorer";
import { current_params } from "../map_state";
import { loading, no_data, unavailable } from "../notice";
import type { PageContext } from "../page";
import { record_form } from "../record_form";
import { can_edit } from "../session";
import { source_link } from "../source_link";
import { table } from "../table";
import { t } from "../i18n";

/** ACLED's six event types. */
const event_types = ["Battles", "Violence against civilians", "Explosions/Remote violence", "Riots", "Protests", "Strategic developments"];

/** The route with these changes to the address's query now (the map keeps its state there). */
function route_with(changes: Record<string, string>): string {
  const next = current_params();
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
    { class: "filters", id: "incident-filters", "aria-label": t("incidents.incident_filters") },
    h("div", { class: "field" }, h("label", { for: "filter-from" }, t("incidents.from")), h("input", { id: "filter-from", name: "from", type: "date", value: params.get("from") ?? "" })),
    h("div", { class: "field" }, h("label", { for: "filter-to" }, t("incidents.to")), h("input", { id: "filter-to", name: "to", type: "date", value: params.get("to") ?? "" })),
    h(
      "div",
      { class: "field" },
      h("label", { for: "filter-type" }, t("incidents.event_type")),
      h("select", { id: "filter-type", name: "event_type" }, h("option", { value: "" }, t("incidents.all_types")), event_types.map((type) => h("option", { value: type, selected: type === params.get("event_type") }, label(type)))),
    ),
    h(
      "fieldset",
      { class: "field switch" },
      h("legend", {}, t("incidents.map_shows")),
      ["events", "fatalities"].map((metric) =>
        h("label", {}, h("input", { type: "radio", name: "metric", value: metric, checked: (params.get("metric") ?? "events") === metric }), ` ${metric_name(metric)}`),
      ),
    ),
    h("button", { type: "submit" }, t("incidents.apply")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = route_with({
      from: String(data.get("from") ?? ""),
      to: String(data.get("to") ?? ""),
      event_type: String(data.get("event_type") ?? ""),
      metric: String(data.get("metric") ?? "events"),
    });
  });
  // The metric switch redraws at once; dates and type wait for Apply so typing a date does not reload.
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="metric"]')) {
    radio.addEventListener("change", () => (location.hash = route_with({ metric: radio.value })));
  }
  return form;
}

function incidents_table(items: Incident[], total: number): HTMLElement {
  if (items.length === 0) return no_data(t("incidents.incidents_in_this_range"));
  const newest = [...items].sort((a, b) => String(b.date).localeCompare(String(a.date)) || b.id - a.id);
  return table(
    t("incidents.latest_incidents_length_of_total", { length: newest.length, total }),
    newest,
    [
      { title: t("incidents.date"), value: (item) => date(item.date) },
      { title: t("incidents.type"), value: (item) => item.event_type ?? "–" },
      { title: t("incidents.department"), value: (item) => item.admin1 ?? item.adm1_pcode ?? "–" },
      { title: t("incidents.place"), value: (item) => item.location ?? "–" },
      { title: t("incidents.fatalities"), value: (item) => count(item.fatalities), numeric: true },
      { title: t("incidents.source"), value: (item) => source_link(item.source_id) ?? (item.reported_by ? String(item.reported_by) : null) },
    ],
    (item) => ({ "data-id": String(item.id) }),
  );
}

/** Draws the Incidents page. Query: from, to, event_type, metric (events|fatalities), adm1 (selected P-code). */
export async function render_incidents({ main, params, mission }: PageContext): Promise<void> {
  const metric = params.get("metric") === "fatalities" ? "fatalities" : "events";
  const filter = { from: params.get("from") ?? undefined, to: params.get("to") ?? undefined, event_type: params.get("event_type") ?? undefined };
  const map_box = section("incident-map-section", t("incidents.incidents_by_department_metric", { metric: metric_name(metric) }), loading(t("incidents.the_map")));
  const trend_box = section("incident-trend", t("incidents.trend"), loading(t("incidents.the_trend")));
  const list_box = section("incident-list", t("incidents.incidents"), loading("incidents"));
  replace(main, h("h1", {}, t("incidents.incidents")), filters_form(params), map_box, trend_box, list_box);

  const form = can_edit()
    ? record_form({
        id: "incident-form",
        kind: "incidents",
        title: t("incidents.incident"),
        on_saved: () => void load_list(),
        inputs: [
          { name: "date", label: t("incidents.date"), type: "date", required: true },
          { name: "event_type", label: t("incidents.event_type"), type: "choice", required: true, choices: event_types },
          { name: "sub_event_type", label: t("incidents.sub_event_type"), type: "text" },
          { name: "country", label: t("incidents.country"), type: "country", value: "HTI" },
          { name: "admin1", label: t("incidents.department"), type: "text" },
          { name: "adm1_pcode", label: t("incidents.department_p_code"), type: "text", hint: t("incidents.ht01_ht10") },
          { name: "location", label: t("incidents.place"), type: "text" },
          { name: "latitude", label: t("incidents.latitude"), type: "number" },
          { name: "longitude", label: t("incidents.longitude"), type: "number" },
          { name: "fatalities", label: t("incidents.fatalities"), type: "integer" },
          { name: "actor1", label: t("incidents.first_actor"), type: "text" },
          { name: "notes", label: t("incidents.notes"), type: "textarea" },
          { name: "source_id", label: t("incidents.source_key"), type: "text" },
        ],
      })
    : null;
  async function load_list(): Promise<void> {
    // The API lists incidents newest first: the first page is the latest.
    const incidents = await get<ResponseOf["GET /api/v1/incidents"]>(api_path("incidents", { ...filter, limit: 50 }));
    replace(
      list_box,
      h("h2", { id: "incident-list-title" }, t("incidents.incidents")),
      download_menu("incidents-download", "incidents", filter, true),
      form,
      h("div", { id: "incidents-list" }, incidents.ok ? incidents_table(incidents.data.items, incidents.data.total) : unavailable(t("incidents.incidents"), incidents.problem)),
    );
  }

  await Promise.all([
    explore({ map_box, trend_box, filter, metric, country: typeof mission?.record.host_country === "string" ? mission.record.host_country : undefined }),
    load_list(),
  ]);
}
