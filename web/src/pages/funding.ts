// Funding: per-donor table and chart, the assessed-scale comparison, and the flows (editors add flows here).

import { get, list_all, type ApiRecord } from "../api";
import { download_menu } from "../download";
import { bar_chart } from "../charts";
import { h, replace, section } from "../dom";
import { date, dollars, label, usd } from "../format";
import { loading, no_data, unavailable } from "../notice";
import type { PageContext } from "../page";
import type { AssessedContributions, FundingSummary } from "../generated/api";
import { record_form } from "../record_form";
import { can_edit } from "../session";
import { source_link, source_links } from "../source_link";
import { stat } from "../stat";
import { table } from "../table";
import { t } from "../i18n";
import { field_choices } from "../kinds";

// Typed from the server's OpenAPI document (src/generated/api.ts): a renamed field fails the build.


function donor_section(summary: FundingSummary, flows: ApiRecord[]): HTMLElement {
  const donors = summary.by_donor;
  if (donors.length === 0) return no_data(t("funding.funding_by_donor"));
  const rows = donors.map((row) => {
    const donor = row.donor || "?";
    return {
      donor,
      pledged: dollars(row.pledged),
      committed: dollars(row.committed),
      paid: dollars(row.paid),
      total: dollars(row.total),
      // The flows behind the row carry the sources.
      sources: flows.filter((flow) => flow.donor === donor).map((flow) => flow.source_id),
    };
  });
  return h(
    "div",
    {},
    bar_chart(
      t("funding.funding_by_donor_pledged_committed"),
      rows.map((row) => ({ name: row.donor, values: [row.pledged ?? 0, row.committed ?? 0, row.paid ?? 0] })),
      [t("funding.pledged_not_yet_committed"), t("funding.committed_not_yet_paid"), "paid"],
      (value) => usd(value, true),
    ),
    table(
      t("funding.funding_by_donor_in_us"),
      rows,
      [
        { title: t("funding.donor"), value: (row) => row.donor },
        { title: t("funding.pledged"), value: (row) => usd(row.pledged), numeric: true },
        { title: t("funding.committed"), value: (row) => usd(row.committed), numeric: true },
        { title: t("funding.paid"), value: (row) => usd(row.paid), numeric: true },
        { title: t("funding.total_promised"), value: (row) => usd(row.total), numeric: true },
        { title: t("funding.sources"), value: (row) => source_links(row.sources) },
      ],
      (row) => ({ "data-donor": row.donor }),
    ),
  );
}

function totals_section(summary: FundingSummary): HTMLElement {
  const totals = summary.totals;
  const total = dollars(totals.total);
  if (total === undefined) return no_data(t("funding.funding_totals"));
  if (summary.by_donor.length === 0) return no_data(t("funding.funding_flows_for_this_mission"));
  const runway = dollars(summary.runway_months);
  const burn = dollars(summary.burn?.per_month);
  const per_officer = dollars(summary.cost_per_officer_month);
  return h(
    "div",
    {},
    h(
      "div",
      { class: "stats" },
      stat("total-promised", t("funding.promised"), usd(total, true), t("funding.pledged_committed_paid"), null),
      stat("total-paid", t("funding.paid"), usd(dollars(totals.paid), true), undefined, null),
      stat("total-gap", t("funding.gap_not_yet_paid"), usd(dollars(totals.unpaid), true), t("funding.pledged_committed"), null),
      stat("spent", t("funding.spent"), usd(dollars(summary.spent), true), undefined, null),
      burn === undefined ? null : stat("burn", t("funding.monthly_burn"), usd(burn, true), t("funding.over_months_months_to_last", { months: summary.burn?.months ?? "?", last_month: summary.burn?.last_month || "?" }), null),
      runway === undefined ? null : stat("runway", t("funding.runway"), `${runway.toFixed(1)} months`, t("funding.cash_on_hand_over_burn"), null),
      per_officer === undefined ? null : stat("per-officer", t("funding.cost_per_officer"), usd(per_officer), t("funding.per_month"), null),
    ),
    summary.notes.map((note) => h("p", { class: "note" }, note)),
  );
}

function assessed_section(assessed: AssessedContributions | null, budget: string): HTMLElement {
  const form = h(
    "form",
    {
      class: "inline-form",
      id: "budget-form",
      onsubmit: (event: Event) => {
        event.preventDefault();
        const value = (document.getElementById("budget") as HTMLInputElement).value.trim();
        location.hash = `#/funding${value ? `?budget=${encodeURIComponent(value)}` : ""}`;
      },
    },
    h("label", { for: "budget" }, t("funding.annual_budget_usd")),
    h("input", { id: "budget", name: "budget", inputmode: "decimal", value: budget, size: 14 }),
    h("button", { type: "submit", class: "secondary" }, t("funding.apportion")),
  );
  const rows = assessed?.members ?? [];
  const given = rows.filter((row) => (dollars(row.given.total) ?? 0) > 0);
  return h(
    "div",
    {},
    form,
    h(
      "p",
      { class: "note", id: "assessed-scale" },
      t("funding.what_each_member_would_owe", { v0: usd(dollars(assessed?.budget)), scale_label: assessed?.scale_label || t("funding.not_described"), scale_source: assessed?.scale_source || t("funding.not_named") }),
    ),
    (dollars(assessed?.unassigned) ?? 0) > 0
      ? h(
          "p",
          { class: "notice", id: "assessed-unassigned" },
          t("funding.the_scale_s_rates_sum", { scale_rate_total_percent: assessed?.scale_rate_total_percent || "?", v1: usd(dollars(assessed?.unassigned)) }),
        )
      : null,
    rows.length === 0
      ? no_data(t("funding.members_in_the_scale"))
      : table(
          t("funding.assessed_share_vs_given_the", { length: given.length }),
          [...given, ...rows.filter((row) => !given.includes(row)).slice(0, 20)],
          [
            { title: t("funding.member"), value: (row) => `${row.name} (${row.member})` },
            { title: t("funding.assessed"), value: (row) => usd(dollars(row.assessed)), numeric: true },
            { title: t("funding.paid"), value: (row) => usd(dollars(row.given.paid)), numeric: true },
            { title: t("funding.promised"), value: (row) => usd(dollars(row.given.total)), numeric: true },
            { title: t("funding.paid_assessed"), value: (row) => usd(dollars(row.paid_minus_assessed)), numeric: true },
          ],
          (row) => ({ "data-member": row.member }),
        ),
  );
}

function flows_table(flows: ApiRecord[]): HTMLElement {
  if (flows.length === 0) return no_data(t("funding.funding_flows"));
  const newest = [...flows].sort((a, b) => String(b.date).localeCompare(String(a.date)) || b.id - a.id);
  return table(
    t("funding.funding_flows_newest_first"),
    newest,
    [
      { title: t("funding.date"), value: (flow) => date(flow.date) },
      { title: t("funding.donor"), value: (flow) => String(flow.donor ?? "–") },
      { title: t("funding.recipient"), value: (flow) => String(flow.recipient ?? "–") },
      { title: t("funding.amount"), value: (flow) => `${String(flow.amount ?? "–")} ${String(flow.currency ?? "")}`, numeric: true },
      { title: "USD", value: (flow) => usd(flow.amount_usd as number), numeric: true },
      { title: t("funding.status"), value: (flow) => label(flow.status) },
      { title: t("funding.source"), value: (flow) => source_link(flow.source_id) },
    ],
    (flow) => ({ "data-id": String(flow.id) }),
  );
}

/** Draws the Funding page; `?budget=` sets the budget apportioned by the scale. */
export async function render_funding({ main, mission, params }: PageContext): Promise<void> {
  if (!mission) {
    replace(main, h("h1", {}, t("funding.funding")), no_data("missions"));
    return;
  }
  const base = `/api/v1/missions/${encodeURIComponent(mission.slug)}/funding`;
  const summary_box = section("funding-totals", t("funding.totals"), loading("funding"));
  const donors_box = section("donors", t("funding.by_donor"), loading("donors"));
  const assessed_box = section("assessed", t("funding.assessed_scale_comparison"), loading(t("funding.the_comparison")));
  const flows_box = section("flows", t("funding.funding_flows_2"), loading("flows"));
  replace(main, h("h1", {}, t("funding.funding")), summary_box, donors_box, assessed_box, flows_box);

  // The statuses come from the server's catalog, so the form offers what the server accepts.
  const statuses = can_edit() ? await field_choices("funding_flows", "status") : [];
  const form = can_edit()
    ? record_form({
        id: "funding-form",
        kind: "funding_flows",
        title: t("funding.funding_flow"),
        on_saved: () => void load_flows(),
        inputs: [
          { name: "donor", label: t("funding.donor"), type: "text", required: true, hint: t("funding.iso3_code_or_organisation_key") },
          { name: "recipient", label: t("funding.recipient"), type: "text", required: true },
          { name: "mission", label: t("funding.mission"), type: "text", value: mission.slug },
          { name: "amount", label: t("funding.amount"), type: "number", required: true },
          { name: "currency", label: t("funding.currency"), type: "text", required: true, value: "USD", hint: t("funding.iso_4217_code") },
          { name: "amount_usd", label: t("funding.amount_in_usd"), type: "number", hint: t("funding.computed_from_the_currency_when") },
          { name: "status", label: t("funding.status"), type: "choice", required: true, choices: statuses },
          { name: "date", label: t("funding.date"), type: "date", required: true },
          { name: "description", label: t("funding.description"), type: "textarea" },
          { name: "source_id", label: t("funding.source_key"), type: "text", required: true },
        ],
      })
    : null;
  let flows: ApiRecord[] = [];
  async function load_flows(): Promise<void> {
    const answer = await list_all("funding_flows", { mission: mission!.slug });
    flows = answer.ok ? answer.data.items : [];
    replace(
      flows_box,
      h("h2", { id: "flows-title" }, t("funding.funding_flows_2")),
      download_menu("flows-download", "funding_flows", { mission: mission!.slug }),
      form,
      h("div", { id: "flows-list" }, answer.ok ? flows_table(answer.data.items) : unavailable(t("funding.funding_flows_2"), answer.problem)),
    );
  }

  const [summary] = await Promise.all([get<FundingSummary>(`${base}/summary`), load_flows()]);
  replace(summary_box, h("h2", { id: "funding-totals-title" }, t("funding.totals")), summary.ok ? totals_section(summary.data) : unavailable(t("funding.the_funding_summary"), summary.problem));
  replace(donors_box, h("h2", { id: "donors-title" }, t("funding.by_donor")), download_menu("donors-download", `missions/${mission!.slug}/funding/summary`, {}), summary.ok ? donor_section(summary.data, flows) : unavailable(t("funding.funding_by_donor_2"), summary.problem));
  // Without ?budget= the comparison apportions what donors have promised so far.
  const budget = params.get("budget") ?? (summary.ok ? (summary.data.totals.total || "") : "");
  if (!budget || Number(budget) === 0) {
    replace(assessed_box, h("h2", { id: "assessed-title" }, t("funding.assessed_scale_comparison")), assessed_section(null, budget), h("p", { class: "notice" }, t("funding.enter_a_budget_to_apportion")));
    return;
  }
  const assessed = await get<AssessedContributions>(`${base}/assessed?budget=${encodeURIComponent(budget)}`);
  replace(assessed_box, h("h2", { id: "assessed-title" }, t("funding.assessed_scale_comparison")), assessed.ok ? assessed_section(assessed.data, budget) : unavailable(t("funding.the_assessed_scale_comparison"), assessed.problem));
}
