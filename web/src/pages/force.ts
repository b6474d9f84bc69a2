// Force generation: strength over time stacked by contributing country, pledged vs arrived,
// and the deployment events behind them (editors add events here).

import { get, list_all, type ApiRecord } from "../api";
import { bar_chart, data_table, palette, time_chart } from "../charts";
import { h, replace, section } from "../dom";
import { count, date, epochSeconds, label } from "../format";
import { loading, no_data, unavailable } from "../notice";
import type { PageContext } from "../page";
import { list_at, number_at, object_at, text_at } from "../pick";
import { record_form } from "../record_form";
import { can_edit } from "../session";
import { conflicts_block, contingent_evidence_table, derivation_text } from "../evidence";
import { source_link, source_links } from "../source_link";
import { table } from "../table";

/** Month-end strength by country from the /strength answer's `monthly` series. */
function strength_section(data: unknown): HTMLElement {
  const points = (list_at(data, "monthly") ?? []).flatMap((point) => {
    const day = text_at(point, "as_of");
    const by_country = object_at(point, "deployed_by_country") ?? {};
    const after = (point as Record<string, unknown>)?.after_last_evidence === true;
    return day ? [{ day, month: text_at(point, "month") ?? day, by_country, total: number_at(point, "deployed"), after }] : [];
  });
  if (points.length === 0) return no_data("deployments to chart");
  // The chart stops at the last month with evidence: months after it would only repeat the last figure.
  const charted = points.filter((point) => !point.after);
  const last_evidence = text_at(data, "last_evidence");
  const countries = [...new Set(points.flatMap((point) => Object.keys(point.by_country)))].sort();
  const value = (point: (typeof points)[number], country: string) => number_at(point.by_country, country) ?? 0;
  const strength = object_at(data, "strength") ?? object_at(data, "stated");
  return h(
    "div",
    {},
    countries.length === 0 || charted.length === 0
      ? no_data("deployments by country")
      : time_chart({
          label: `Personnel on the ground at each month end, stacked by contributing country (${countries.join(", ")})`,
          x: charted.map((point) => epochSeconds(point.day)),
          series: countries.map((country, index) => ({ label: country, values: charted.map((point) => value(point, country)), color: palette[index % palette.length] })),
          stacked: true,
          y_label: "personnel",
        }),
    h(
      "p",
      { class: "note" },
      "Month-end strength by the strength rule: per country, the latest strength report plus the movements after it, each movement counted once. ",
      charted.length < points.length
        ? h("span", { class: "stale", id: "strength-last-evidence" }, `No deployment figure after ${last_evidence ?? "the last month shown"}: the chart stops there, not at ${text_at(data, "at") ?? "today"}. `)
        : null,
      number_at(strength, "count") !== undefined
        ? `On ${text_at(strength, "at") ?? "the day asked"}: ${label(text_at(strength, "qualifier") ?? "")} ${count(number_at(strength, "count"))}, ${derivation_text(strength)}. `
        : null,
      source_links(list_at(strength, "evidence_source_ids") ?? list_at(strength, "source_ids")),
    ),
    h("p", { class: "note", id: "strength-rule" }, text_at(strength, "strength_rule") ?? ""),
    conflicts_block(list_at(data, "conflicts"), "strength-conflicts"),
    contingent_evidence_table(strength),
    data_table(
      "Personnel on the ground at each month end, by country",
      ["Month", ...countries, "Total"],
      points.map((point) => [point.after ? `${point.month} (no newer figure)` : point.month, ...countries.map((country) => count(value(point, country))), count(point.total)]),
    ),
  );
}

/** Pledged vs arrived per contingent, from the /strength answer's `deployment_events.contingents`. */
function pledged_section(data: unknown): HTMLElement {
  const rows = (list_at(data, "deployment_events.contingents") ?? []).filter((row) => text_at(row, "country"));
  if (rows.length === 0) return no_data("pledges or arrivals by country");
  const chart = bar_chart(
    "Pledged and arrived personnel by contributing country",
    rows.map((row) => ({ name: `${text_at(row, "country")} ${text_at(row, "personnel_type") ?? ""}`.trim(), values: [number_at(row, "pledged") ?? 0, number_at(row, "arrived") ?? 0] })),
    ["pledged", "arrived"],
    (value) => count(value),
  );
  return h(
    "div",
    {},
    chart,
    table(
      "Pledged, arrived and on the ground by contributing country",
      rows,
      [
        { title: "Country", value: (row) => text_at(row, "country") },
        { title: "Personnel", value: (row) => label(text_at(row, "personnel_type")) },
        { title: "Pledged", value: (row) => count(number_at(row, "pledged")), numeric: true },
        { title: "Arrived", value: (row) => count(number_at(row, "arrived")), numeric: true },
        { title: "Departed", value: (row) => count(number_at(row, "departed")), numeric: true },
        { title: "On the ground", value: (row) => count(number_at(row, "deployed")), numeric: true },
        { title: "Pledges outstanding", value: (row) => count(number_at(row, "outstanding_pledges")), numeric: true },
        { title: "Last event", value: (row) => date(text_at(row, "last_event")) },
        { title: "Sources", value: (row) => source_links(list_at(row, "source_ids")) },
      ],
      (row) => ({ "data-country": text_at(row, "country") ?? "" }),
    ),
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
          { name: "date", label: "Date", type: "date", required: true, hint: "A day, a month (2025-01) or approximate (2024-09~)." },
          { name: "basis", label: "Basis", type: "choice", choices: ["reported", "cumulative_estimate"] },
          { name: "same_movement_as", label: "Same movement as", type: "text", hint: "The key of a stored event this one reports again (another source): the two count once." },
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
