// Force generation: strength over time stacked by contributing country, pledged vs arrived,
// and the deployment events behind them (editors add events here).

import { get, list_all, type ApiRecord } from "../api";
import { data_table, palette, time_chart } from "../charts";
import { h, replace, section } from "../dom";
import { count, date, epochSeconds, label } from "../format";
import { loading, no_data, unavailable } from "../notice";
import type { PageContext } from "../page";
import { list_at, number_at, object_at, text_at } from "../pick";
import { record_form } from "../record_form";
import { can_edit } from "../session";
import { source_link, source_links } from "../source_link";
import { table } from "../table";

interface StrengthPoint {
  date: string;
  by_country: Map<string, number>;
  sources: unknown;
}

/** The time series in a /strength answer: points with a date and a head count per country. */
function strength_points(data: unknown): StrengthPoint[] {
  const points = list_at(data, "series", "timeline", "history", "points") ?? [];
  return points.flatMap((point) => {
    const when = text_at(point, "date", "as_of");
    if (!when) return [];
    const by_country = new Map<string, number>();
    const as_object = object_at(point, "by_country");
    if (as_object) {
      for (const [country, value] of Object.entries(as_object)) {
        const number = typeof value === "number" ? value : number_at(value, "count", "deployed", "on_hand", "arrived");
        if (number !== undefined) by_country.set(country, number);
      }
    }
    for (const row of list_at(point, "by_country", "countries", "contingents") ?? []) {
      const country = text_at(row, "country");
      const number = number_at(row, "count", "deployed", "on_hand", "arrived");
      if (country && number !== undefined) by_country.set(country, number);
    }
    if (by_country.size === 0) {
      const total = number_at(point, "total", "deployed", "count");
      if (total !== undefined) by_country.set("all", total);
    }
    return [{ date: when, by_country, sources: point && (point as Record<string, unknown>).sources }];
  });
}

function strength_section(data: unknown): HTMLElement {
  const points = strength_points(data);
  if (points.length === 0) return no_data("strength figures over time");
  const countries = [...new Set(points.flatMap((point) => [...point.by_country.keys()]))].sort();
  const chart = time_chart({
    label: `Personnel on the ground over time, stacked by contributing country (${countries.join(", ")})`,
    x: points.map((point) => epochSeconds(point.date)),
    series: countries.map((country, index) => ({
      label: country,
      values: points.map((point) => point.by_country.get(country) ?? 0),
      color: palette[index % palette.length],
    })),
    stacked: true,
    y_label: "personnel",
  });
  return h(
    "div",
    {},
    chart,
    data_table(
      "Personnel on the ground by date and country",
      ["Date", ...countries, "Source"],
      points.map((point) => [date(point.date), ...countries.map((country) => count(point.by_country.get(country))), source_links(point.sources)]),
    ),
  );
}

function pledged_section(data: unknown): HTMLElement {
  const rows = list_at(data, "by_country", "countries", "contingents") ?? [];
  const readable = rows.filter((row) => text_at(row, "country"));
  if (readable.length === 0) return no_data("pledges or arrivals by country");
  return table(
    "Pledged and arrived personnel by contributing country",
    readable,
    [
      { title: "Country", value: (row) => text_at(row, "country") },
      { title: "Pledged", value: (row) => count(number_at(row, "pledged")), numeric: true },
      { title: "Arrived", value: (row) => count(number_at(row, "arrived")), numeric: true },
      { title: "On the ground", value: (row) => count(number_at(row, "deployed", "on_hand", "count")), numeric: true },
      { title: "Source", value: (row) => source_links(list_at(row, "sources", "source_ids") ?? text_at(row, "source_id")) },
    ],
    (row) => ({ "data-country": text_at(row, "country") ?? "" }),
  );
}

function events_table(events: ApiRecord[]): HTMLElement {
  if (events.length === 0) return no_data("deployment events");
  const newest = [...events].sort((a, b) => String(b.date).localeCompare(String(a.date)) || b.id - a.id);
  return table(
    "Deployment events, newest first",
    newest,
    [
      { title: "Date", value: (event) => date(event.date) },
      { title: "Country", value: (event) => String(event.country ?? "–") },
      { title: "Event", value: (event) => label(event.event) },
      { title: "Personnel", value: (event) => label(event.personnel_type) },
      { title: "Count", value: (event) => count(event.count as number), numeric: true },
      { title: "Basis", value: (event) => label(event.basis ?? "reported") },
      { title: "Source", value: (event) => source_link(event.source_id) },
    ],
    (event) => ({ "data-id": String(event.id) }),
  );
}

/** Draws the Force generation page. */
export async function render_force({ main, mission }: PageContext): Promise<void> {
  if (!mission) {
    replace(main, h("h1", {}, "Force generation"), no_data("missions"));
    return;
  }
  const slug = encodeURIComponent(mission.slug);
  const strength_box = section("strength", "Strength over time, by contributing country", loading("strength"));
  const pledged_box = section("pledged", "Pledged vs arrived", loading("pledges"));
  const events_box = section("events", "Deployment events", loading("deployment events"));
  replace(main, h("h1", {}, "Force generation"), strength_box, pledged_box, events_box);

  const load_events = async () => {
    const events = await list_all("deployment_events", { mission: mission.slug });
    const list = h("div", { id: "events-list" }, events.ok ? events_table(events.data.items) : unavailable("Deployment events", events.problem));
    replace(events_box, h("h2", { id: "events-title" }, "Deployment events"), form, list);
  };
  const form = can_edit()
    ? record_form({
        id: "deployment-form",
        kind: "deployment_events",
        title: "Deployment event",
        on_saved: () => void load_events(),
        inputs: [
          { name: "mission", label: "Mission", type: "text", required: true, value: mission.slug },
          { name: "country", label: "Contributing country", type: "country", required: true },
          { name: "personnel_type", label: "Personnel type", type: "choice", required: true, choices: ["police", "military", "civilian"] },
          { name: "count", label: "Count", type: "integer", required: true },
          { name: "event", label: "Event", type: "choice", required: true, choices: ["arrived", "pledged", "rotated_out", "withdrawn"] },
          { name: "date", label: "Date", type: "date", required: true, hint: "A day, a month (2025-01) or approximate (~2024-09)." },
          { name: "basis", label: "Basis", type: "choice", choices: ["reported", "cumulative_estimate"] },
          { name: "source_id", label: "Source key", type: "text", required: true, hint: "The key of a stored source." },
          { name: "notes", label: "Notes", type: "textarea" },
        ],
      })
    : null;

  const [strength] = await Promise.all([get<unknown>(`/api/v1/missions/${slug}/strength`), load_events()]);
  if (!strength.ok) {
    replace(strength_box, h("h2", { id: "strength-title" }, "Strength over time, by contributing country"), unavailable("Strength over time", strength.problem));
    replace(pledged_box, h("h2", { id: "pledged-title" }, "Pledged vs arrived"), unavailable("Pledged vs arrived", strength.problem));
    return;
  }
  replace(strength_box, h("h2", { id: "strength-title" }, "Strength over time, by contributing country"), strength_section(strength.data));
  replace(pledged_box, h("h2", { id: "pledged-title" }, "Pledged vs arrived"), pledged_section(strength.data));
}
