// Where sources disagree, and what a strength figure rests on. Every value is shown with its source
// and date, and the one a computation used with the rule that chose it (issue 16). Text goes in
// through `h`, which makes text nodes: nothing from the server is parsed as HTML.

import { h } from "./dom";
import { count, date, label } from "./format";
import { list_at, number_at, text_at } from "./pick";
import { source_link, source_links } from "./source_link";
import { table } from "./table";
import { t } from "./i18n";
import { server_text } from "./server_message";

function used(value: unknown): boolean {
  return Boolean(value && typeof value === "object" && (value as Record<string, unknown>).used === true);
}

/** A visible "sources disagree" marker per conflict, listing each value with its source; null when none. */
export function conflicts_block(conflicts: unknown, id = "conflicts"): HTMLElement | null {
  const items = Array.isArray(conflicts) ? conflicts : [];
  if (items.length === 0) return null;
  return h(
    "div",
    { class: "conflicts", id, role: "note" },
    h("p", { class: "conflict-marker" }, h("strong", {}, t("evidence.sources_disagree")), t("evidence.on_facts", { count: items.length })),
    h(
      "ul",
      {},
      items.map((conflict) =>
        h(
          "li",
          { class: "conflict", "data-fact": text_at(conflict, "fact") ?? "" },
          h("span", { class: "conflict-subject" }, server_text(conflict, "subject")),
          t("evidence.used_value_by_rule", { value: server_text(conflict, "used_value") || "?", rule: server_text(conflict, "rule") }),
          h(
            "ul",
            {},
            (list_at(conflict, "claims") ?? []).map((claim) =>
              h(
                "li",
                { class: used(claim) ? "claim claim-used" : "claim", "data-used": used(claim) ? "true" : "false" },
                t("evidence.claim_value_as_of", { value: server_text(claim, "value") || "?", as_of: date(text_at(claim, "as_of") ?? "?"), kind: label(text_at(claim, "source_kind") ?? "other") }),
                text_at(claim, "key") ? ` (${text_at(claim, "key")})` : "",
                used(claim) ? t("evidence.used") : t("evidence.not_used"),
                " ",
                source_links(list_at(claim, "source_ids")),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** "ken-2026-02: arrived 100 on 10 February 2026 — corroborating to ken-a": one report or event and its role. */
function evidence_item_text(item: unknown): string {
  const said = t("evidence.item", {
    key: text_at(item, "key") ?? "",
    what: label(text_at(item, "what") ?? ""),
    count: count(number_at(item, "count")),
    date: date(text_at(item, "date") ?? "?"),
    role: label(text_at(item, "role") ?? ""),
  });
  const same_as = text_at(item, "same_as");
  return same_as ? t("evidence.item_same_as", { item: said, same_as }) : said;
}

/** Each contingent's count by the strength rule, with the reports and events it rests on. */
export function contingent_evidence_table(strength: unknown): HTMLElement | null {
  const rows = list_at(strength, "contingents") ?? [];
  if (rows.length === 0) return null;
  return table(
    t("evidence.what_each_contingent_s_figure"),
    rows,
    [
      { title: t("evidence.country"), value: (row) => text_at(row, "country") },
      { title: t("evidence.personnel"), value: (row) => label(text_at(row, "personnel_type")) },
      { title: t("evidence.deployed"), value: (row) => count(number_at(row, "count")), numeric: true },
      { title: t("evidence.rule"), value: (row) => server_text(row, "rule") },
      {
        title: t("evidence.reports_and_events"),
        value: (row) =>
          h(
            "ul",
            { class: "evidence" },
            (list_at(row, "evidence") ?? []).map((item) =>
              h(
                "li",
                { "data-role": text_at(item, "role") ?? "" },
                evidence_item_text(item),
                " ",
                source_link(text_at(item, "source_id")),
              ),
            ),
          ),
      },
      { title: t("evidence.sources"), value: (row) => source_links(list_at(row, "evidence_source_ids")) },
    ],
    (row) => ({ "data-country": text_at(row, "country") ?? "" }),
  );
}

/** "stated for 2024-11" when one source gave this number; otherwise how it was derived. */
export function derivation_text(strength: unknown): string {
  const derivation = text_at(strength, "derivation");
  const report_date = text_at(strength, "report.date");
  if (derivation === "stated") return report_date ? t("evidence.stated_for_report_date", { report_date: date(report_date) }) : t("evidence.stated");
  const as_of = text_at(strength, "as_of");
  return t("evidence.derived_basis_v1", { basis: label(text_at(strength, "basis") ?? ""), v1: as_of ? t("evidence.newest_evidence", { as_of: date(as_of) }) : "" });
}
