// Funding: per-donor table and chart, the assessed-scale comparison, and the flows (editors add flows here).

import { get, list_all, type ApiRecord } from "../api";
import { download_menu } from "../download";
import { bar_chart } from "../charts";
import { h, replace, section } from "../dom";
import { date, label, usd } from "../format";
import { loading, no_data, unavailable } from "../notice";
import type { PageContext } from "../page";
import { list_at, number_at, object_at, text_at } from "../pick";
import { record_form } from "../record_form";
import { can_edit } from "../session";
import { source_link, source_links } from "../source_link";
import { stat } from "../stat";
import { table } from "../table";

/** A USD amount: the API sends dollars as decimal strings ("1250000.00"). */
function dollars(value: unknown, name: string): number | undefined {
  return number_at(value, name);
}

function donor_section(summary: unknown, flows: ApiRecord[]): HTMLElement {
  const donors = list_at(summary, "by_donor") ?? [];
  if (donors.length === 0) return no_data("funding by donor");
  const rows = donors.map((row) => {
    const donor = text_at(row, "donor") ?? "?";
    return {
      donor,
      pledged: dollars(row, "pledged"),
      committed: dollars(row, "committed"),
      paid: dollars(row, "paid"),
      total: dollars(row, "total"),
      // The flows behind the row carry the sources.
      sources: flows.filter((flow) => flow.donor === donor).map((flow) => flow.source_id),
    };
  });
  return h(
    "div",
    {},
    bar_chart(
      "Funding by donor: pledged, committed and paid, in US dollars",
      rows.map((row) => ({ name: row.donor, values: [row.pledged ?? 0, row.committed ?? 0, row.paid ?? 0] })),
      ["pledged (not yet committed)", "committed (not yet paid)", "paid"],
      (value) => usd(value, true),
    ),
    table(
      "Funding by donor, in US dollars at each flow's date; each flow counts once, under its current status",
      rows,
      [
        { title: "Donor", value: (row) => row.donor },
        { title: "Pledged", value: (row) => usd(row.pledged), numeric: true },
        { title: "Committed", value: (row) => usd(row.committed), numeric: true },
        { title: "Paid", value: (row) => usd(row.paid), numeric: true },
        { title: "Total promised", value: (row) => usd(row.total), numeric: true },
        { title: "Sources", value: (row) => source_links(row.sources) },
      ],
      (row) => ({ "data-donor": row.donor }),
    ),
  );
}

function totals_section(summary: unknown): HTMLElement {
  const totals = object_at(summary, "totals");
  const total = dollars(totals, "total");
  if (total === undefined) return no_data("funding totals");
  if ((list_at(summary, "by_donor") ?? []).length === 0) return no_data("funding flows for this mission");
  const runway = number_at(summary, "runway_months");
  const burn = dollars(object_at(summary, "burn"), "per_month");
  const per_officer = dollars(summary, "cost_per_officer_month");
  return h(
    "div",
    {},
    h(
      "div",
      { class: "stats" },
      stat("total-promised", "Promised", usd(total, true), "pledged + committed + paid", null),
      stat("total-paid", "Paid", usd(dollars(totals, "paid"), true), undefined, null),
      stat("total-gap", "Gap: not yet paid", usd(dollars(totals, "unpaid"), true), "pledged + committed", null),
      stat("spent", "Spent", usd(dollars(summary, "spent"), true), undefined, null),
      burn === undefined ? null : stat("burn", "Monthly burn", usd(burn, true), `over ${number_at(summary, "burn.months") ?? "?"} months to ${text_at(summary, "burn.last_month") ?? "?"}`, null),
      runway === undefined ? null : stat("runway", "Runway", `${runway.toFixed(1)} months`, "cash on hand over burn", null),
      per_officer === undefined ? null : stat("per-officer", "Cost per officer", usd(per_officer), "per month", null),
    ),
    (list_at(summary, "notes") ?? []).map((note) => h("p", { class: "note" }, String(note))),
  );
}

function assessed_section(assessed: unknown, budget: string): HTMLElement {
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
    h("label", { for: "budget" }, "Annual budget (USD)"),
    h("input", { id: "budget", name: "budget", inputmode: "decimal", value: budget, size: 14 }),
    h("button", { type: "submit", class: "secondary" }, "Apportion"),
  );
  const rows = list_at(assessed, "members") ?? [];
  const given = rows.filter((row) => (dollars(object_at(row, "given"), "total") ?? 0) > 0);
  return h(
    "div",
    {},
    form,
    h(
      "p",
      { class: "note", id: "assessed-scale" },
      `What each member would owe if ${usd(dollars(assessed, "budget"))} a year were apportioned by the scale below, beside what it gave under voluntary funding. Scale: ${text_at(assessed, "scale_label") ?? "not described"}. Source: ${text_at(assessed, "scale_source") ?? "not named"}.`,
    ),
    (dollars(assessed, "unassigned") ?? 0) > 0
      ? h(
          "p",
          { class: "notice", id: "assessed-unassigned" },
          `The scale's rates sum to ${text_at(assessed, "scale_rate_total_percent") ?? "?"} %: ${usd(dollars(assessed, "unassigned"))} of the budget is assigned to no member.`,
        )
      : null,
    rows.length === 0
      ? no_data("members in the scale")
      : table(
          `Assessed share vs given; the ${given.length} members that gave come first, then the 20 largest assessments`,
          [...given, ...rows.filter((row) => !given.includes(row)).slice(0, 20)],
          [
            { title: "Member", value: (row) => `${text_at(row, "name") ?? ""} (${text_at(row, "member") ?? ""})` },
            { title: "Assessed", value: (row) => usd(dollars(row, "assessed")), numeric: true },
            { title: "Paid", value: (row) => usd(dollars(object_at(row, "given"), "paid")), numeric: true },
            { title: "Promised", value: (row) => usd(dollars(object_at(row, "given"), "total")), numeric: true },
            { title: "Paid − assessed", value: (row) => usd(dollars(row, "paid_minus_assessed")), numeric: true },
          ],
          (row) => ({ "data-member": text_at(row, "member") ?? "" }),
        ),
  );
}

function flows_table(flows: ApiRecord[]): HTMLElement {
  if (flows.length === 0) return no_data("funding flows");
  const newest = [...flows].sort((a, b) => String(b.date).localeCompare(String(a.date)) || b.id - a.id);
  return table(
    "Funding flows, newest first",
    newest,
    [
      { title: "Date", value: (flow) => date(flow.date) },
      { title: "Donor", value: (flow) => String(flow.donor ?? "–") },
      { title: "Recipient", value: (flow) => String(flow.recipient ?? "–") },
      { title: "Amount", value: (flow) => `${String(flow.amount ?? "–")} ${String(flow.currency ?? "")}`, numeric: true },
      { title: "USD", value: (flow) => usd(flow.amount_usd as number), numeric: true },
      { title: "Status", value: (flow) => label(flow.status) },
      { title: "Source", value: (flow) => source_link(flow.source_id) },
    ],
    (flow) => ({ "data-id": String(flow.id) }),
  );
}

/** Draws the Funding page; `?budget=` sets the budget apportioned by the scale. */
export async function render_funding({ main, mission, params }: PageContext): Promise<void> {
  if (!mission) {
    replace(main, h("h1", {}, "Funding"), no_data("missions"));
    return;
  }
  const base = `/api/v1/missions/${encodeURIComponent(mission.slug)}/funding`;
  const summary_box = section("funding-totals", "Totals", loading("funding"));
  const donors_box = section("donors", "By donor", loading("donors"));
  const assessed_box = section("assessed", "Assessed-scale comparison", loading("the comparison"));
  const flows_box = section("flows", "Funding flows", loading("flows"));
  replace(main, h("h1", {}, "Funding"), summary_box, donors_box, assessed_box, flows_box);

  const form = can_edit()
    ? record_form({
        id: "funding-form",
        kind: "funding_flows",
        title: "Funding flow",
        on_saved: () => void load_flows(),
        inputs: [
          { name: "donor", label: "Donor", type: "text", required: true, hint: "ISO3 code or organisation key." },
          { name: "recipient", label: "Recipient", type: "text", required: true },
          { name: "mission", label: "Mission", type: "text", value: mission.slug },
          { name: "amount", label: "Amount", type: "number", required: true },
          { name: "currency", label: "Currency", type: "text", required: true, value: "USD", hint: "ISO 4217 code." },
          { name: "amount_usd", label: "Amount in USD", type: "number", hint: "Computed from the currency when left empty." },
          { name: "status", label: "Status", type: "choice", required: true, choices: ["pledged", "committed", "paid"] },
          { name: "date", label: "Date", type: "date", required: true },
          { name: "description", label: "Description", type: "textarea" },
          { name: "source_id", label: "Source key", type: "text", required: true },
        ],
      })
    : null;
  let flows: ApiRecord[] = [];
  async function load_flows(): Promise<void> {
    const answer = await list_all("funding_flows", { mission: mission!.slug });
    flows = answer.ok ? answer.data.items : [];
    replace(
      flows_box,
      h("h2", { id: "flows-title" }, "Funding flows"),
      download_menu("flows-download", "funding_flows", { mission: mission!.slug }),
      form,
      h("div", { id: "flows-list" }, answer.ok ? flows_table(answer.data.items) : unavailable("Funding flows", answer.problem)),
    );
  }

  const [summary] = await Promise.all([get<unknown>(`${base}/summary`), load_flows()]);
  replace(summary_box, h("h2", { id: "funding-totals-title" }, "Totals"), summary.ok ? totals_section(summary.data) : unavailable("The funding summary", summary.problem));
  replace(donors_box, h("h2", { id: "donors-title" }, "By donor"), download_menu("donors-download", `missions/${mission!.slug}/funding/summary`, {}), summary.ok ? donor_section(summary.data, flows) : unavailable("Funding by donor", summary.problem));
  // Without ?budget= the comparison apportions what donors have promised so far.
  const budget = params.get("budget") ?? (summary.ok ? (text_at(summary.data, "totals.total") ?? "") : "");
  if (!budget || Number(budget) === 0) {
    replace(assessed_box, h("h2", { id: "assessed-title" }, "Assessed-scale comparison"), assessed_section(null, budget), h("p", { class: "notice" }, "Enter a budget to apportion: no funding is recorded to use as one."));
    return;
  }
  const assessed = await get<unknown>(`${base}/assessed?budget=${encodeURIComponent(budget)}`);
  replace(assessed_box, h("h2", { id: "assessed-title" }, "Assessed-scale comparison"), assessed.ok ? assessed_section(assessed.data, budget) : unavailable("The assessed-scale comparison", assessed.problem));
}
