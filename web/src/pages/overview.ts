// Overview: deployed vs target with the forecast, mandate countdown and alerts, funding, latest engagements.

import { api_path, get, type ApiRecord, type RecordPage } from "../api";
import { data_table, time_chart } from "../charts";
import { h, replace, section } from "../dom";
import { count, date, epochSeconds, label, usd } from "../format";
import { no_data, unavailable } from "../notice";
import type { PageContext } from "../page";
import { list_at, number_at, object_at, text_at } from "../pick";
import { source_link, source_links } from "../source_link";
import { stat } from "../stat";

function sources_of(value: unknown): unknown {
  return list_at(value, "sources", "source_ids") ?? text_at(value, "source_id", "source");
}

function strength_tiles(summary: unknown): HTMLElement {
  const deployed = object_at(summary, "deployed", "strength", "strength.deployed") ?? {};
  const target = object_at(summary, "target", "strength.target") ?? {};
  const deployed_count = number_at(summary, "deployed.count", "deployed.total", "strength.deployed", "strength.total", "deployed");
  const target_number = number_at(summary, "target.number", "strength.target.number", "target");
  return h(
    "div",
    { class: "stats" },
    stat("deployed", "Deployed", deployed_count === undefined ? undefined : count(deployed_count), text_at(deployed, "as_of", "date") ? `as of ${text_at(deployed, "as_of", "date")}` : undefined, sources_of(deployed)),
    stat("target", "Target", target_number === undefined ? undefined : count(target_number), text_at(target, "by_date") ? `by ${text_at(target, "by_date")}` : undefined, sources_of(target)),
  );
}

function forecast_chart(strength: unknown, forecast: unknown): HTMLElement | null {
  const observed = (list_at(strength, "series", "timeline", "history", "points") ?? [])
    .map((point) => ({ date: text_at(point, "date", "as_of") ?? "", value: number_at(point, "total", "deployed", "count") }))
    .filter((point) => point.date && point.value !== undefined);
  const projected = (list_at(forecast, "series", "projection", "points", "forecast") ?? [])
    .map((point) => ({ date: text_at(point, "date") ?? "", value: number_at(point, "projected", "value", "count", "total") }))
    .filter((point) => point.date && point.value !== undefined);
  const target_number = number_at(forecast, "target.number", "target");
  const target_date = text_at(forecast, "target.by_date", "by_date", "target_date");
  if (observed.length === 0 && projected.length === 0) return null;
  const dates = [...new Set([...observed.map((p) => p.date), ...projected.map((p) => p.date), ...(target_date ? [target_date] : [])])].sort();
  const x = dates.map(epochSeconds);
  const value_on = (list: { date: string; value?: number }[], day: string) => list.find((p) => p.date === day)?.value ?? null;
  const series = [
    { label: "Deployed (reported)", values: dates.map((day) => value_on(observed, day)), style: "step" as const },
    { label: "Forecast at observed pace", values: dates.map((day) => value_on(projected, day)), style: "dashed" as const, color: "#D55E00" },
  ];
  if (target_number !== undefined) series.push({ label: "Target", values: dates.map(() => target_number), style: "dashed" as const, color: "#009E73" });
  return h(
    "div",
    {},
    time_chart({ label: "Deployed personnel against the target, with the forecast", x, series, y_label: "personnel" }),
    data_table("Deployed, forecast and target by date", ["Date", ...series.map((s) => s.label)], dates.map((day, index) => [day, ...series.map((s) => count(s.values[index]))])),
  );
}

function forecast_text(forecast: unknown): HTMLElement | null {
  const reached = text_at(forecast, "reached_on", "target_reached_on", "projected_date", "forecast_date", "at_observed_pace.reached_on");
  const shortfall = number_at(forecast, "shortfall", "shortfall_on_target_date", "at_observed_pace.shortfall");
  const pledged = text_at(forecast, "reached_on_pledged_schedule", "pledged_schedule.reached_on", "on_pledged_schedule.reached_on");
  const lines = [
    reached ? `At the observed arrival pace the target is reached on ${reached}.` : null,
    pledged ? `On the pledged schedule it is reached on ${pledged}.` : null,
    shortfall !== undefined ? `Shortfall on the target date: ${count(shortfall)}.` : null,
  ].filter((line): line is string => line !== null);
  const explanation = text_at(forecast, "explanation", "message", "note");
  if (lines.length === 0 && !explanation) return null;
  return h("div", { class: "forecast-text" }, lines.map((line) => h("p", {}, line)), explanation ? h("p", { class: "note" }, explanation) : null);
}

function mandate_block(mandate: unknown): HTMLElement {
  const end = text_at(mandate, "mandate_end", "end", "expires", "mandate.end");
  const days = number_at(mandate, "days_to_expiry", "days_left", "days_remaining", "mandate.days_to_expiry");
  const resolution = text_at(mandate, "resolution", "resolution_symbol", "symbol", "resolution.symbol");
  if (!end) return no_data("mandate in force");
  return h(
    "div",
    { class: "stats" },
    stat("mandate-end", "Mandate runs to", end, resolution ? `resolution ${resolution}` : undefined, sources_of(mandate) ?? sources_of(object_at(mandate, "resolution"))),
    stat("mandate-days", days !== undefined && days < 0 ? "Days since expiry" : "Days to expiry", days === undefined ? undefined : count(Math.abs(days)), undefined, sources_of(mandate)),
  );
}

function alerts_block(alerts: unknown): HTMLElement {
  const items = Array.isArray(alerts) ? alerts : (list_at(alerts, "items", "alerts") ?? []);
  if (items.length === 0) return h("p", { class: "note", id: "alerts-none" }, "No alerts: nothing falls due within 90 days.");
  return h(
    "ul",
    { class: "alerts", id: "alerts-list" },
    items.map((item) =>
      h(
        "li",
        { class: `alert level-${text_at(item, "level", "severity") ?? "info"}` },
        h("strong", {}, `${label(text_at(item, "level", "severity") ?? "alert")}: `),
        text_at(item, "message", "text", "summary") ?? "",
        " ",
        source_links(sources_of(item)),
      ),
    ),
  );
}

function funding_block(funding: unknown): HTMLElement {
  const pledged = number_at(funding, "pledged_usd", "totals.pledged_usd", "pledged", "totals.pledged", "total.pledged_usd");
  const paid = number_at(funding, "paid_usd", "totals.paid_usd", "paid", "totals.paid", "total.paid_usd");
  const gap = number_at(funding, "gap_usd", "totals.gap_usd", "gap", "totals.gap", "total.gap_usd");
  if (pledged === undefined && paid === undefined && gap === undefined) return no_data("funding figures");
  const sources = sources_of(funding);
  return h(
    "div",
    { class: "stats" },
    stat("funding-pledged", "Pledged", pledged === undefined ? undefined : usd(pledged, true), undefined, sources),
    stat("funding-paid", "Paid", paid === undefined ? undefined : usd(paid, true), undefined, sources),
    stat("funding-gap", "Gap", gap === undefined ? undefined : usd(gap, true), text_at(funding, "gap_basis", "budget_basis"), sources),
    h("p", { class: "note" }, h("a", { href: "#/funding" }, "Per-donor detail and sources")),
  );
}

function engagements_block(page: RecordPage): HTMLElement {
  const items = [...page.items].sort((a, b) => String(b.date).localeCompare(String(a.date))).slice(0, 5);
  if (items.length === 0) return no_data("engagements");
  return h(
    "ol",
    { class: "engagements", id: "engagements-list" },
    items.map((item: ApiRecord) =>
      h(
        "li",
        {},
        h("time", {}, date(item.date)),
        " ",
        String(item.summary ?? ""),
        item.quote ? h("blockquote", {}, `“${String(item.quote)}”`) : null,
        " ",
        source_link(item.source_id),
      ),
    ),
  );
}

/** Draws the Overview page. */
export async function render_overview({ main, mission }: PageContext): Promise<void> {
  if (!mission) {
    replace(main, h("h1", {}, "Overview"), no_data("missions"));
    return;
  }
  const base = `/api/v1/missions/${encodeURIComponent(mission.slug)}`;
  const [summary, strength, forecast, mandate, alerts, funding, engagements] = await Promise.all([
    get<unknown>(`${base}/summary`),
    get<unknown>(`${base}/strength`),
    get<unknown>(`${base}/forecast`),
    get<unknown>(`${base}/mandate`),
    get<unknown>(`${base}/alerts`),
    get<unknown>(`${base}/funding/summary`),
    get<RecordPage>(api_path("engagements", { limit: 200 })),
  ]);
  const chart = strength.ok && forecast.ok ? forecast_chart(strength.data, forecast.data) : null;
  replace(
    main,
    h("h1", {}, mission.name),
    section(
      "strength-summary",
      "Deployed vs target",
      summary.ok ? strength_tiles(summary.data) : unavailable("The mission summary", summary.problem),
      forecast.ok ? forecast_text(forecast.data) : unavailable("The forecast", forecast.problem),
      chart ?? (strength.ok && forecast.ok ? no_data("strength figures to chart") : null),
    ),
    section(
      "mandate",
      "Mandate",
      mandate.ok ? mandate_block(mandate.data) : unavailable("The mandate in force", mandate.problem),
      h("h3", {}, "Alerts"),
      alerts.ok ? alerts_block(alerts.data) : unavailable("Mandate alerts", alerts.problem),
    ),
    section("funding-summary", "Funding", funding.ok ? funding_block(funding.data) : unavailable("The funding summary", funding.problem)),
    section("engagements", "Latest engagements", engagements.ok ? engagements_block(engagements.data) : unavailable("Engagements", engagements.problem)),
  );
}
