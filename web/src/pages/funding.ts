// Funding: per-donor table and chart, the assessed-scale comparison, and the flows (editors add flows here).

import { get, list_all, type ApiRecord } from "../api";
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

/** A USD amount from an answer that may give dollars ("paid_usd") or cents ("paid_cents"). */
export function dollars(value: unknown, name: string): number | undefined {
  const direct = number_at(value, `${name}_usd`, `usd.${name}`, name);
  if (direct !== undefined) return direct;
  const cents = number_at(value, `${name}_cents`, `${name}_usd_cents`);
  return cents === undefined ? undefined : cents / 100;
}

function totals_of(row: unknown): Record<string, unknown> {
  return object_at(row, "totals", "given") ?? (row as Record<string, unknown>);
}

function donor_section(summary: unknown): HTMLElement {
  const donors = list_at(summary, "by_donor", "donors") ?? [];
  if (donors.length === 0) return no_data("funding by donor");
  const rows = donors.map((row) => {
    const totals = totals_of(row);
    return {
      donor: text_at(row, "name", "donor") ?? "?",
      code: text_at(row, "donor") ?? "",
      pledged: dollars(totals, "pledged"),
      committed: dollars(totals, "committed"),
      paid: dollars(totals, "paid"),
      total: dollars(totals, "total"),
      sources: list_at(row, "sources", "source_ids"),
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
      "Funding by donor, in US dollars at each flow's date",
      rows,
      [
        { title: "Donor", value: (row) => row.donor },
        { title: "Pledged", value: (row) => usd(row.pledged), numeric: true },
        { title: "Committed", value: (row) => usd(row.committed), numeric: true },
        { title: "Paid", value: (row) => usd(row.paid), numeric: true },
        { title: "Total promised", value: (row) => usd(row.total), numeric: true },
        { title: "Sources", value: (row) => source_links(row.sources) ?? h("a", { href: "#flows" }, "see flows") },
      ],
      (row) => ({ "data-donor": row.code }),
    ),
  );
}

function totals_section(summary: unknown): HTMLElement {
  const all = object_at(summary, "all", "totals", "total") ?? (summary as Record<string, unknown>);
  const pledged = dollars(all, "pledged");
  const paid = dollars(all, "paid");
  const gap = dollars(summary, "gap");
  const runway = number_at(summary, "runway_months");
  const burn = dollars(object_at(summary, "burn") ?? {}, "per_month");
  return h(
    "div",
    { class: "stats" },
    stat("total-pledged", "Pledged", pledged === undefined ? undefined : usd(pledged, true), "still only pledged", null),
    stat("total-paid", "Paid", paid === undefined ? undefined : usd(paid, true), undefined, null),
    gap === undefined ? null : stat("total-gap", "Gap", usd(gap, true), undefined, null),
    burn === undefined ? null : stat("burn", "Monthly burn", usd(burn, true), undefined, null),
    runway === undefined ? null : stat("runway", "Runway", `${runway.toFixed(1)} months`, undefined, null),
  );
}

function assessed_section(assessed: unknown): HTMLElement {
  const rows = Array.isArray(assessed) ? assessed : (list_at(assessed, "items", "members", "rows", "comparison") ?? []);
  if (rows.length === 0) return no_data("assessed-scale comparison");
  const budget = dollars(assessed, "budget");
  return h(
    "div",
    {},
    h(
      "p",
      { class: "note" },
      `What each member would owe if ${budget !== undefined ? `a budget of ${usd(budget)}` : "the budget"} were apportioned by the UN peacekeeping scale of assessments, beside what it actually paid under voluntary funding.`,
      " ",
      source_links(list_at(assessed, "sources") ?? text_at(assessed, "scale_source", "source")),
    ),
    table(
      "Assessed share vs paid, in US dollars",
      rows,
      [
        { title: "Member", value: (row) => text_at(row, "name", "member") },
        { title: "Scale rate", value: (row) => { const rate = number_at(row, "percent", "rate_percent"); return rate === undefined ? undefined : `${rate.toFixed(4)}%`; }, numeric: true },
        { title: "Assessed", value: (row) => usd(dollars(row, "assessed")), numeric: true },
        { title: "Paid", value: (row) => usd(dollars(totals_of(row), "paid")), numeric: true },
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
  const budget = params.get("budget") ?? "";
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
  async function load_flows(): Promise<void> {
    const flows = await list_all("funding_flows", { mission: mission!.slug });
    replace(
      flows_box,
      h("h2", { id: "flows-title" }, "Funding flows"),
      form,
      h("div", { id: "flows-list" }, flows.ok ? flows_table(flows.data.items) : unavailable("Funding flows", flows.problem)),
    );
  }

  const [summary, assessed] = await Promise.all([
    get<unknown>(`${base}/summary`),
    get<unknown>(`${base}/assessed${budget ? `?budget=${encodeURIComponent(budget)}` : ""}`),
    load_flows(),
  ]);
  replace(summary_box, h("h2", { id: "funding-totals-title" }, "Totals"), summary.ok ? totals_section(summary.data) : unavailable("The funding summary", summary.problem));
  replace(donors_box, h("h2", { id: "donors-title" }, "By donor"), summary.ok ? donor_section(summary.data) : unavailable("Funding by donor", summary.problem));
  replace(assessed_box, h("h2", { id: "assessed-title" }, "Assessed-scale comparison"), assessed.ok ? assessed_section(assessed.data) : unavailable("The assessed-scale comparison", assessed.problem));
}
