// Force generation: strength over time stacked by contributing country, pledged vs arrived,
// and the deployment events behind them (editors add events here).

import { get, list_all, type ApiRecord } from "../api";
import type { MissionStrength } from "../generated/api";
import { download_menu } from "../download";
import { bar_chart, data_table, palette, time_chart } from "../charts";
import { h, replace, section } from "../dom";
import { country_name } from "../country_name";
import { count, date, epochSeconds, label } from "../format";
import { loading, no_data, unavailable } from "../notice";
import type { PageContext } from "../page";
import { list_at, number_at, object_at, text_at } from "../pick";
import { record_form } from "../record_form";
import { can_edit } from "../session";
import { conflicts_block, contingent_evidence_table, derivation_text } from "../evidence";
import { source_link, source_links } from "../source_link";
import { table } from "../table";
import { t } from "../i18n";
import { server_text } from "../server_message";
import { field_choices } from "../kinds";

/** Month-end strength by country from the /strength answer's `monthly` series. */
function strength_section(data: MissionStrength): HTMLElement {
  // Typed from the server's OpenAPI document (src/generated/api.ts): a renamed field fails the build.
  const points = data.monthly
    .filter((point) => point.as_of)
    .map((point) => ({ day: point.as_of, month: point.month || point.as_of, by_country: point.deployed_by_country, total: point.deployed, after: point.after_last_evidence }));
  if (points.length === 0) return no_data(t("force.deployments_to_chart"));
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
      ? no_data(t("force.deployments_by_country"))
      : time_chart({
          label: t("force.personnel_on_the_ground_at", { v0: countries.join(", ") }),
          x: charted.map((point) => epochSeconds(point.day)),
          series: countries.map((country, index) => ({ label: country, values: charted.map((point) => value(point, country)), color: palette[index % palette.length] })),
          stacked: true,
          y_label: t("force.personnel_axis"),
        }),
    h(
      "p",
      { class: "note" },
      t("force.month_end_strength_by_the"),
      charted.length < points.length
        ? h("span", { class: "stale", id: "strength-last-evidence" }, t("force.no_deployment_figure_after_v0", { v0: date(last_evidence ?? t("force.the_last_month_shown")), at: date(text_at(data, "at") ?? t("force.today")) }))
        : null,
      number_at(strength, "count") !== undefined
        ? t("force.on_day_count", { day: date(text_at(strength, "at") ?? t("force.the_day_asked")), qualifier: label(text_at(strength, "qualifier") ?? ""), count: count(number_at(strength, "count")), derivation: derivation_text(strength) })
        : null,
      source_links(list_at(strength, "evidence_source_ids") ?? list_at(strength, "source_ids")),
    ),
    h("p", { class: "note", id: "strength-rule" }, server_text(strength, "strength_rule")),
    conflicts_block(list_at(data, "conflicts"), "strength-conflicts"),
    contingent_evidence_table(strength),
    data_table(
      t("force.personnel_on_the_ground_at_2"),
      [t("force.month"), ...countries, t("force.total")],
      points.map((point) => [point.after ? t("force.month_no_newer_figure", { month: point.month }) : point.month, ...countries.map((country) => count(value(point, country))), count(point.total)]),
    ),
  );
}

/** A contingent in words: "Kenya police", "Tchad (militaires)". */
function contingent_name(row: unknown): string {
  const personnel = text_at(row, "personnel_type");
  const country = country_name(text_at(row, "country") ?? "");
  return personnel ? t("force.contingent_name", { country, personnel: label(personnel) }) : country;
}

/** Pledged vs arrived per contingent, from the /strength answer's `deployment_events.contingents`. */
function pledged_section(data: unknown): HTMLElement {
  const rows = (list_at(data, "deployment_events.contingents") ?? []).filter((row) => text_at(row, "country"));
  if (rows.length === 0) return no_data(t("force.pledges_or_arrivals_by_country"));
  const chart = bar_chart(
    t("force.pledged_and_arrived_personnel_by"),
    rows.map((row) => ({ name: contingent_name(row), values: [number_at(row, "pledged") ?? 0, number_at(row, "arrived") ?? 0] })),
    [t("force.pledged_series"), t("force.arrived_series")],
    (value) => count(value),
  );
  return h(
    "div",
    {},
    chart,
    table(
      t("force.pledged_arrived_and_on_the"),
      rows,
      [
        { title: t("force.country"), value: (row) => text_at(row, "country") },
        { title: t("force.personnel"), value: (row) => label(text_at(row, "personnel_type")) },
        { title: t("force.pledged"), value: (row) => count(number_at(row, "pledged")), numeric: true },
        { title: t("force.arrived"), value: (row) => count(number_at(row, "arrived")), numeric: true },
        { title: t("force.departed"), value: (row) => count(number_at(row, "departed")), numeric: true },
        { title: t("force.on_the_ground"), value: (row) => count(number_at(row, "deployed")), numeric: true },
        { title: t("force.pledges_outstanding"), value: (row) => count(number_at(row, "outstanding_pledges")), numeric: true },
        { title: t("force.last_event"), value: (row) => date(text_at(row, "last_event")) },
        { title: t("force.sources"), value: (row) => source_links(list_at(row, "source_ids")) },
      ],
      (row) => ({ "data-country": text_at(row, "country") ?? "" }),
    ),
  );
}

function events_table(events: ApiRecord[]): HTMLElement {
  if (events.length === 0) return no_data(t("force.deployment_events"));
  const newest = [...events].sort((a, b) => String(b.date).localeCompare(String(a.date)) || b.id - a.id);
  return table(
    t("force.deployment_events_newest_first"),
    newest,
    [
      { title: t("force.date"), value: (event) => date(event.date) },
      { title: t("force.country"), value: (event) => String(event.country ?? "–") },
      { title: t("force.event"), value: (event) => label(event.event) },
      { title: t("force.personnel"), value: (event) => label(event.personnel_type) },
      { title: t("force.count"), value: (event) => count(event.count as number), numeric: true },
      { title: t("force.basis"), value: (event) => label(event.basis ?? "reported") },
      { title: t("force.source"), value: (event) => source_link(event.source_id) },
    ],
    (event) => ({ "data-id": String(event.id) }),
  );
}

/** Draws the Force generation page. */
export async function render_force({ main, mission }: PageContext): Promise<void> {
  if (!mission) {
    replace(main, h("h1", {}, t("force.force_generation")), no_data("missions"));
    return;
  }
  const slug = encodeURIComponent(mission.slug);
  const strength_box = section("strength", t("force.strength_over_time_by_contributing"), loading("strength"));
  const pledged_box = section("pledged", t("force.pledged_vs_arrived"), loading("pledges"));
  const events_box = section("events", t("force.deployment_events_2"), loading(t("force.deployment_events")));
  replace(main, h("h1", {}, t("force.force_generation")), strength_box, pledged_box, events_box);

  const load_events = async () => {
    const events = await list_all("deployment_events", { mission: mission.slug });
    const list = h("div", { id: "events-list" }, events.ok ? events_table(events.data.items) : unavailable(t("force.deployment_events_2"), events.problem));
    replace(events_box, h("h2", { id: "events-title" }, t("force.deployment_events_2")), download_menu("events-download", "deployment_events", { mission: mission.slug }), form, list);
  };
  // The choices come from the server's catalog, so the form offers what the server accepts.
  const [personnel_types, event_kinds, bases] = can_edit()
    ? await Promise.all([
        field_choices("deployment_events", "personnel_type"),
        field_choices("deployment_events", "event"),
        field_choices("deployment_events", "basis"),
      ])
    : [[], [], []];
  const form = can_edit()
    ? record_form({
        id: "deployment-form",
        kind: "deployment_events",
        title: t("force.deployment_event"),
        on_saved: () => void load_events(),
        inputs: [
          { name: "mission", label: t("force.mission"), type: "text", required: true, value: mission.slug },
          { name: "country", label: t("force.contributing_country"), type: "country", required: true },
          { name: "personnel_type", label: t("force.personnel_type"), type: "choice", required: true, choices: personnel_types },
          { name: "count", label: t("force.count"), type: "integer", required: true },
          { name: "event", label: t("force.event"), type: "choice", required: true, choices: event_kinds, value: "arrived" },
          { name: "date", label: t("force.date"), type: "date", required: true, hint: t("force.a_day_a_month_2025") },
          { name: "basis", label: t("force.basis"), type: "choice", choices: bases },
          { name: "same_movement_as", label: t("force.same_movement_as"), type: "text", hint: t("force.same_movement_hint") },
          { name: "source_id", label: t("force.source_key"), type: "text", required: true, hint: t("force.the_key_of_a_stored") },
          { name: "notes", label: t("force.notes"), type: "textarea" },
        ],
      })
    : null;

  const [strength] = await Promise.all([get<MissionStrength>(`/api/v1/missions/${slug}/strength`), load_events()]);
  if (!strength.ok) {
    replace(strength_box, h("h2", { id: "strength-title" }, t("force.strength_over_time_by_contributing")), unavailable(t("force.strength_over_time"), strength.problem));
    replace(pledged_box, h("h2", { id: "pledged-title" }, t("force.pledged_vs_arrived")), unavailable(t("force.pledged_vs_arrived"), strength.problem));
    return;
  }
  replace(strength_box, h("h2", { id: "strength-title" }, t("force.strength_over_time_by_contributing")), download_menu("strength-download", `missions/${slug}/strength`, {}), strength_section(strength.data));
  replace(pledged_box, h("h2", { id: "pledged-title" }, t("force.pledged_vs_arrived")), pledged_section(strength.data));
}
