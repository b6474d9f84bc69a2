// Where sources disagree, and what a strength figure rests on. Every value is shown with its source
// and date, and the one a computation used with the rule that chose it (issue 16). Text goes in
// through `h`, which makes text nodes: nothing from the server is parsed as HTML.

import { h } from "./dom";
import { count, label } from "./format";
import { list_at, number_at, text_at } from "./pick";
import { source_link, source_links } from "./source_link";
import { table } from "./table";

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
    h("p", { class: "conflict-marker" }, h("strong", {}, "Sources disagree"), ` on ${items.length} ${items.length === 1 ? "fact" : "facts"}.`),
    h(
      "ul",
      {},
      items.map((conflict) =>
        h(
          "li",
          { class: "conflict", "data-fact": text_at(conflict, "fact") ?? "" },
          h("span", { class: "conflict-subject" }, text_at(conflict, "subject") ?? ""),
          `: used ${text_at(conflict, "used_value") ?? "?"} (${text_at(conflict, "rule") ?? ""}).`,
          h(
            "ul",
            {},
            (list_at(conflict, "claims") ?? []).map((claim) =>
              h(
                "li",
                { class: used(claim) ? "claim claim-used" : "claim", "data-used": used(claim) ? "true" : "false" },
                `${text_at(claim, "value") ?? "?"}, as of ${text_at(claim, "as_of") ?? "?"}, ${label(text_at(claim, "source_kind") ?? "other")}`,
                text_at(claim, "key") ? ` (${text_at(claim, "key")})` : "",
                used(claim) ? " — used" : " — not used",
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

/** Each contingent's count by the strength rule, with the reports and events it rests on. */
export function contingent_evidence_table(strength: unknown): HTMLElement | null {
  const rows = list_at(strength, "contingents") ?? [];
  if (rows.length === 0) return null;
  return table(
    "What each contingent's figure rests on",
    rows,
    [
      { title: "Country", value: (row) => text_at(row, "country") },
      { title: "Personnel", value: (row) => label(text_at(row, "personnel_type")) },
      { title: "Deployed", value: (row) => count(number_at(row, "count")), numeric: true },
      { title: "Rule", value: (row) => text_at(row, "rule") },
      {
        title: "Reports and events",
        value: (row) =>
          h(
            "ul",
            { class: "evidence" },
            (list_at(row, "evidence") ?? []).map((item) =>
              h(
                "li",
                { "data-role": text_at(item, "role") ?? "" },
                `${text_at(item, "key") ?? ""}: ${label(text_at(item, "what") ?? "")} ${count(number_at(item, "count"))} on ${text_at(item, "date") ?? "?"} — ${label(text_at(item, "role") ?? "")}`,
                text_at(item, "same_as") ? ` to ${text_at(item, "same_as")}` : "",
                " ",
                source_link(text_at(item, "source_id")),
              ),
            ),
          ),
      },
      { title: "Sources", value: (row) => source_links(list_at(row, "evidence_source_ids")) },
    ],
    (row) => ({ "data-country": text_at(row, "country") ?? "" }),
  );
}

/** "stated for 2024-11" when one source gave this number; otherwise how it was derived. */
export function derivation_text(strength: unknown): string {
  const derivation = text_at(strength, "derivation");
  const report_date = text_at(strength, "report.date");
  if (derivation === "stated") return report_date ? `stated for ${report_date}` : "stated";
  const as_of = text_at(strength, "as_of");
  return `derived (${label(text_at(strength, "basis") ?? "")})${as_of ? `, newest evidence ${as_of}` : ""}`;
}
