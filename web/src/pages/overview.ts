// Overview: deployed vs target with the forecast, mandate countdown and alerts, funding, latest engagements.
// Typed from the server's OpenAPI document (src/generated/api.ts): a renamed field fails the build, and
// a field the schema marks nullable (a mission without a successor, a day before any mandate) must be
// handled where it is read.

import { api_path, get, type ApiRecord, type RecordPage } from "../api";
import { data_table, split_at_evidence, time_chart, type SeriesSpec } from "../charts";
import { h, replace, section } from "../dom";
import { count, date, dollars, epochSeconds, label, usd } from "../format";
import { mission_by_slug, mission_href, mission_label } from "../mission";
import { no_data, unavailable } from "../notice";
import type { PageContext } from "../page";
import { conflicts_block, derivation_text } from "../evidence";
import { source_link } from "../source_link";
import { stat } from "../stat";
import { t } from "../i18n";
import { server_text } from "../server_message";
import type { FundingSummary, MandateOutlook, MissionAlerts, MissionMandate, MissionStrength, MissionSummary, ObservedPace, PledgeOutlook, TargetOutlook } from "../generated/api";

/** The target the overview follows: the one falling due first among those not yet passed, else the latest. */
function main_target(summary: MissionSummary): TargetOutlook | undefined {
  const targets = summary.targets;
  const open = targets.filter((target) => !target.due_date_passed);
  const pool = open.length ? open : targets;
  return [...pool].sort((a, b) => a.due.localeCompare(b.due))[open.length ? 0 : pool.length - 1];
}

function strength_tiles(summary: MissionSummary, target: TargetOutlook | undefined): HTMLElement {
  const strength = summary.strength;
  // A figure resting on nothing is "not recorded", never a 0 that looks measured.
  const deployed = strength.basis === "none" ? undefined : strength.count;
  const qualifier = strength.qualifier;
  const evidence = summary.evidence.strength.as_of;
  // "stated" only when one source gave this number; a sum or a report moved on by events is "derived".
  const detail = [
    qualifier && qualifier !== "exact" ? label(qualifier) : "",
    derivation_text(strength),
    evidence ? t("overview.newest_figure_evidence", { evidence: date(evidence) }) : "",
  ].filter(Boolean).join(", ");
  const stated = target?.target;
  return h(
    "div",
    { class: "stats" },
    stat("deployed", t("overview.deployed"), deployed === undefined ? undefined : count(deployed), detail || undefined, strength.evidence_source_ids),
    stat("target", t("overview.target"), stated ? count(stated.number) : undefined, stated ? t("overview.target_by", { personnel: label(stated.personnel_type), date: date(stated.by_date) }) : undefined, stated?.source_id),
    target ? stat("progress", t("overview.progress"), `${Math.round(target.progress * 100)}%`, t("overview.remaining_still_to_deploy", { remaining: count(target.remaining) }), stated?.source_id) : null,
  );
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Why no date is forecast at the observed pace, in the user's language from the answer's fields; the
 * server's English sentence (marked as English) only when the fields do not say. */
function pace_reason(pace: ObservedPace, target: TargetOutlook): HTMLElement | string | null {
  const last = pace.last_evidence;
  const window = { from: date(pace.window_start), to: date(target.current.at) };
  if (pace.no_recent_data && last) return t("overview.pace_no_recent_data", { last: date(last), ...window });
  if (pace.no_recent_data) return t("overview.pace_no_data", { to: window.to });
  if (!pace.reachable && pace.net_change <= 0) return t("overview.pace_unreachable", { net: pace.net_change, ...window });
  return reason_text(pace);
}

/** The server's reason in the user's language; marked as English when no catalog says it. */
function reason_text(item: ObservedPace | PledgeOutlook): HTMLElement | null {
  const reason = server_text(item, "reason");
  return reason ? h("span", reason === item.reason ? { lang: "en" } : {}, `${sentence(reason)}.`) : null;
}

function forecast_text(target: TargetOutlook | undefined): HTMLElement | null {
  if (!target) return null;
  const pace = target.at_observed_pace;
  const pledges = target.on_pledges;
  const lines: (string | HTMLElement | null)[] = [
    pace.reached_on ? t("overview.at_the_observed_arrival_pace", { reached_on: date(pace.reached_on) }) : pace_reason(pace, target),
    pledges.reached_on ? t("overview.on_the_pledged_schedule_it", { reached_on: date(pledges.reached_on) }) : reason_text(pledges),
    t("overview.shortfall_on_the_due_date", { due: date(target.due), shortfall_on_due_date: count(target.shortfall_on_due_date) }),
  ];
  return h("div", { class: "forecast-text", id: "forecast-text" }, lines.filter(Boolean).map((line) => h("p", {}, line)));
}

/** Deployed at each month end, the target, and the straight line the server's observed pace implies. */
function forecast_chart(strength: MissionStrength, target: TargetOutlook | undefined): HTMLElement | null {
  const monthly = strength.monthly.map((point) => ({ day: point.as_of, value: point.deployed, after: point.after_last_evidence }));
  const number = target?.target.number;
  const due = target?.due;
  // The stated figure is drawn on the day of its newest evidence, not on the day asked.
  const current_day = target?.evidence_date ?? target?.current.at;
  const current_count = target?.current.count;
  const reached_on = target?.at_observed_pace.reached_on;
  // Nothing measured: no chart, rather than a flat line drawn from no evidence.
  if (!monthly.some((p) => !p.after) && (current_count === undefined || target?.current.basis === "none")) return null;
  const forecast = current_day && current_count !== undefined && reached_on && number !== undefined
    ? [{ day: current_day, value: current_count }, { day: reached_on, value: number }]
    : [];
  const days = [...new Set([...monthly.map((p) => p.day), ...forecast.map((p) => p.day), ...(due ? [due] : []), ...(current_day ? [current_day] : [])])].sort();
  const find = (list: { day: string; value: number }[], day: string) => list.find((p) => p.day === day)?.value ?? null;
  const after = new Set(monthly.filter((p) => p.after).map((p) => p.day));
  const { observed, carried } = split_at_evidence(days, days.map((day) => find(monthly, day)), (day) => after.has(day));
  const series: SeriesSpec[] = [
    { label: t("overview.deployed_month_end"), values: observed, style: "step" },
    { label: t("overview.figure_now"), values: days.map((day) => (day === current_day ? (current_count ?? null) : null)), style: "points", color: "#000000" },
  ];
  if (carried.some((value) => value !== null)) series.push({ label: t("overview.no_newer_figure_last_one"), values: carried, style: "step", faded: true, color: "#0072B2" });
  if (forecast.length) series.push({ label: t("overview.forecast_at_observed_pace"), values: days.map((day) => find(forecast, day)), style: "dashed", color: "#D55E00" });
  if (number !== undefined) series.push({ label: t("overview.target"), values: days.map((day) => (due && day <= due ? number : null)), style: "dashed", color: "#009E73" });
  return h(
    "div",
    {},
    time_chart({ label: t("overview.deployed_personnel_against_the_target"), x: days.map(epochSeconds), series, y_label: t("force.personnel_axis") }),
    data_table(t("overview.deployed_forecast_and_target_by"), [t("overview.date"), ...series.map((s) => s.label)], days.map((day, index) => [day, ...series.map((s) => count(s.values[index]))])),
  );
}

/** "Succeeded by …" with a link to the successor, or "succeeded …" with a link to the predecessor's history. */
function succession_block(summary: MissionSummary, status: MandateOutlook): HTMLElement | null {
  const succeeded_by = status.succeeded_by;
  const predecessor = summary.predecessor;
  const lines: (HTMLElement | null)[] = [];
  if (succeeded_by) {
    const successor = mission_by_slug(succeeded_by.successor);
    lines.push(
      h(
        "p",
        { id: "succeeded-by" },
        t("overview.this_mission_was_text", { text: server_text(succeeded_by, "text") || t("overview.succeeded") }),
        successor ? h("a", { href: mission_href(successor.slug) }, t("overview.go_to", { mission: mission_label(successor) })) : null,
        " ",
        source_link(succeeded_by.source_id),
      ),
    );
  }
  if (predecessor) {
    const before = mission_by_slug(predecessor.slug);
    lines.push(
      h(
        "p",
        { id: "predecessor" },
        t("overview.this_mission_succeeded_name_end", { name: predecessor.name || t("overview.an_earlier_mission"), end_date: predecessor.end_date ? t("overview.which_ended_on", { day: date(predecessor.end_date) }) : "" }),
        before ? h("a", { href: mission_href(before.slug) }, t("overview.see_its_history", {  })) : null,
      ),
    );
  }
  return lines.length ? h("div", { class: "succession" }, lines) : null;
}

/** Old or missing evidence in plain words, above every figure it concerns. */
function staleness_block(summary: MissionSummary): HTMLElement | null {
  const warnings = summary.staleness;
  if (warnings.length === 0) return null;
  return h(
    "div",
    { class: "notice stale", role: "status", id: "staleness" },
    h("p", {}, t("overview.some_figures_rest_on_evidence", { stale_after_days: summary.stale_after_days })),
    h("ul", {}, warnings.map((warning) => h("li", {}, `${sentence(server_text(warning, "message"))}.`))),
  );
}

function mandate_block(mandate: MissionMandate): HTMLElement {
  const status = mandate.status;
  const periods = mandate.timeline.periods;
  const last = periods.at(-1);
  // No mandate on the day asked (before the first, or lapsed): the last one recorded still says when it ran to.
  const end = status.end ?? last?.end;
  if (!end) return no_data("mandate");
  const period = status.mandate ?? last;
  const source = status.source_id ?? last?.source_id;
  const succeeded_by = status.succeeded_by;
  const next_alert = status.next_alert;
  return h(
    "div",
    {},
    h(
      "div",
      { class: "stats" },
      stat("mandate-end", status.in_force ? t("overview.mandate_runs_to") : t("overview.last_mandate_ran_to"), end, period?.label, source),
      !status.in_force && status.state === "succeeded"
        ? stat("mandate-days", t("overview.mandate"), t("overview.succeeded"), t("overview.by_successor", { successor: succeeded_by?.successor_name ?? t("overview.a_successor"), label: succeeded_by?.label ?? "" }), succeeded_by?.source_id)
        : !status.in_force
        ? stat("mandate-days", t("overview.mandate_in_force"), t("overview.none"), t("overview.on_day", { day: date(mandate.at) }), source)
        : stat("mandate-days", t("overview.days_to_expiry"), status.days_remaining === null ? undefined : count(status.days_remaining), next_alert ? server_text(next_alert, "message") : undefined, source),
    ),
  );
}

function alerts_block(alerts: MissionAlerts): HTMLElement {
  const items = alerts.alerts;
  if (items.length === 0) return h("p", { class: "note", id: "alerts-none" }, t("overview.no_alerts_on_this_date"));
  return h(
    "ul",
    { class: "alerts", id: "alerts-list" },
    items.map((item) =>
      h(
        "li",
        { class: `alert level-${/lapsed|missed|gap/.test(item.kind) ? "critical" : item.kind === "mission_succeeded" ? "info" : "warning"}` },
        h("strong", {}, `${label(item.kind)}: `),
        server_text(item, "message"),
        item.since ? t("overview.since_since", { since: date(item.since) }) : "",
        " ",
        source_link(item.source_id),
      ),
    ),
  );
}

function funding_block(funding: FundingSummary, summary: MissionSummary | undefined): HTMLElement {
  const newest = summary?.evidence.funding.as_of;
  // Amounts come as decimal strings; one that does not parse is missing, never zero.
  const promised = dollars(funding.totals.total);
  const paid = dollars(funding.totals.paid);
  const unpaid = dollars(funding.totals.unpaid);
  if (promised === undefined) return no_data(t("overview.funding_figures"));
  if (promised === 0) return h("p", { class: "notice", role: "status", "data-state": "empty" }, t("overview.no_funding_flows_are_recorded"));
  const to_flows = h("a", { href: "#/funding", class: "source-link" }, t("overview.flows_and_their_sources"));
  return h(
    "div",
    { class: "stats" },
    stat("funding-pledged", t("overview.promised_pledged_committed_or_paid"), usd(promised, true), undefined, null),
    stat("funding-paid", t("overview.paid"), usd(paid, true), undefined, null),
    stat("funding-gap", t("overview.gap_promised_not_yet_paid"), usd(unpaid, true), undefined, null),
    h("p", { class: "note" }, t("overview.each_total_adds_up_the"), newest ? t("overview.the_newest_dated_newest", { newest }) : "", t("overview.see_the"), to_flows, "."),
  );
}

function engagements_block(page: RecordPage): HTMLElement {
  const items = [...page.items].sort((a, b) => String(b.date).localeCompare(String(a.date))).slice(0, 5);
  if (items.length === 0) return no_data("engagements");
  return h(
    "ol",
    { class: "engagements", id: "engagements-list" },
    items.map((item: ApiRecord) =>
      h("li", {}, h("time", {}, date(item.date)), " ", String(item.summary ?? ""), item.quote ? h("blockquote", {}, `“${String(item.quote)}”`) : null, " ", source_link(item.source_id)),
    ),
  );
}

/** Draws the Overview page. */
export async function render_overview({ main, mission }: PageContext): Promise<void> {
  if (!mission) {
    replace(main, h("h1", {}, t("overview.overview")), no_data("missions"));
    return;
  }
  const base = `/api/v1/missions/${encodeURIComponent(mission.slug)}`;
  const [summary, strength, mandate, alerts, funding, engagements] = await Promise.all([
    get<MissionSummary>(`${base}/summary`),
    get<MissionStrength>(`${base}/strength`),
    get<MissionMandate>(`${base}/mandate`),
    get<MissionAlerts>(`${base}/alerts`),
    get<FundingSummary>(`${base}/funding/summary`),
    get<RecordPage>(api_path("engagements", { mission: mission.slug, limit: 200 })),
  ]);
  const target = summary.ok ? main_target(summary.data) : undefined;
  replace(
    main,
    h("h1", {}, mission.name),
    summary.ok ? h("p", { class: "lede" }, t("overview.figures_as_of_at", { at: date(summary.data.at) })) : null,
    summary.ok ? staleness_block(summary.data) : null,
    summary.ok && mandate.ok ? succession_block(summary.data, mandate.data.status) : null,
    section(
      "strength-summary",
      t("overview.deployed_vs_target"),
      summary.ok
        ? [strength_tiles(summary.data, target), conflicts_block(summary.data.conflicts, "overview-conflicts"), forecast_text(target)]
        : unavailable(t("overview.the_mission_summary"), summary.problem),
      strength.ok ? (forecast_chart(strength.data, target) ?? no_data(t("overview.strength_figures_to_chart"))) : unavailable(t("overview.strength_over_time"), strength.problem),
    ),
    section(
      "mandate",
      t("overview.mandate"),
      mandate.ok ? mandate_block(mandate.data) : unavailable(t("overview.the_mandate"), mandate.problem),
      h("h3", {}, t("overview.alerts")),
      alerts.ok ? alerts_block(alerts.data) : unavailable(t("overview.alerts"), alerts.problem),
    ),
    section("funding-summary", t("overview.funding"), funding.ok ? funding_block(funding.data, summary.ok ? summary.data : undefined) : unavailable(t("overview.the_funding_summary"), funding.problem)),
    section("engagements", t("overview.latest_engagements"), engagements.ok ? engagements_block(engagements.data) : unavailable(t("overview.engagements"), engagements.problem)),
  );
}
