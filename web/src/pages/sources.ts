// Sources: every source and every record that cites it; `#/sources?key=K` opens one source.

import { api_path, get, list_all, type ApiRecord } from "../api";
import { h, is_web_url, replace, section } from "../dom";
import { date } from "../format";
import { loading, no_data, unavailable } from "../notice";
import type { PageContext } from "../page";
import { kind_name, load_kinds } from "../kinds";
import { describe, record_date } from "../records";
import { t } from "../i18n";
import type { IncidentCitations } from "../generated/api";

interface Citation {
  kind_name: string;
  record: ApiRecord;
}

interface Citations {
  by_source: Map<string, Citation[]>;
  incidents: Map<string, number>; // Incidents citing each source, counted by the server.
  notes: string[];
}

/** Reads every kind that carries source_id and groups its records by the source they cite; incidents,
 * which run to thousands per imported file, are counted by the server instead of listed. */
async function load_citations(): Promise<Citations> {
  const by_source = new Map<string, Citation[]>();
  const incidents = new Map<string, number>();
  const notes: string[] = [];
  const catalog = await load_kinds();
  if (!catalog.ok) notes.push(t("sources.not_readable", { name: "/api/v1/kinds", status: catalog.problem.status }));
  // A kind kept apart (incidents) is counted by the server; admin-unit boundaries, megabytes each, are
  // not read at all, as before the list of kinds came from the server.
  const kinds = (catalog.ok ? catalog.data.kinds : [])
    .filter((kind) => kind.name !== "sources" && !kind.stored_separately && !kind.fields.some((field) => field.name === "geometry"))
    .map((kind) => ({ kind: kind.name, name: kind_name(kind) }));
  const [counted, ...pages] = await Promise.all([
    get<IncidentCitations>(api_path("incidents/citations")),
    ...kinds.map((entry) => list_all(entry.kind, {}, 2000)),
  ]);
  if (counted.ok) {
    for (const item of counted.data.items) incidents.set(item.source_id, item.incidents);
  } else {
    notes.push(t("sources.incidents_not_counted_status", { status: counted.problem.status }));
  }
  pages.forEach((page, index) => {
    const entry = kinds[index];
    if (!page.ok) {
      notes.push(t("sources.not_readable", { name: entry.name, status: page.problem.status }));
      return;
    }
    if (page.data.total > page.data.items.length) {
      notes.push(t("sources.only_the_first", { name: entry.name, length: page.data.items.length, total: page.data.total }));
    }
    for (const record of page.data.items) {
      if (typeof record.source_id !== "string") continue;
      const list = by_source.get(record.source_id) ?? [];
      list.push({ kind_name: entry.name, record });
      by_source.set(record.source_id, list);
    }
  });
  return { by_source, incidents, notes };
}

/** A source's field as the reader reads it: dates in their language, "synthetic" as yes or no; the rest as stored. */
function field_value(source: ApiRecord, field: string): string {
  const value = source[field];
  if (field === "synthetic") return value === true || value === 1 || value === "true" ? t("sources.synthetic_yes") : t("sources.synthetic_no");
  if ((field === "published" || field === "accessed") && typeof value === "string") return date(value);
  return String(value);
}

function source_detail(source: ApiRecord, citations: Citation[], incident_count: number): HTMLElement {
  const total = citations.length + incident_count;
  const fields = ["publisher", "title", "author", "published", "accessed", "url", "synthetic", "notes"];
  const url = typeof source.url === "string" ? source.url : "";
  return h(
    "article",
    { class: "card source-detail", id: "source-detail", "data-source": String(source.key), tabindex: "-1" },
    h("h2", {}, t("sources.source_v0", { v0: String(source.title ?? source.key) })),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, t("sources.key")),
      h("dd", {}, String(source.key ?? source.id)),
      fields
        .filter((field) => source[field] !== undefined && source[field] !== null && source[field] !== "")
        .flatMap((field) => [
          h("dt", {}, t(`sources.${field}`)),
          h(
            "dd",
            {},
            // Only an http(s) address becomes a link; any other scheme is shown as text.
            field === "url" && is_web_url(url)
              ? h("a", { href: url, rel: "noreferrer noopener", target: "_blank" }, url)
              : field_value(source, field),
          ),
        ]),
    ),
    h("h3", {}, t("sources.cited_by_total_record_v1", { total })),
    incident_count > 0
      ? h("p", { class: "incident-citations" }, t("sources.incident_count_incident_v1_cite", { incident_count }))
      : null,
    total === 0
      ? h("p", {}, t("sources.no_record_cites_this_source"))
      : citations.length === 0
      ? null
      : h(
          "ul",
          { class: "citations" },
          citations.map((citation) =>
            h(
              "li",
              {},
              h("span", { class: "tag" }, citation.kind_name),
              " ",
              record_date(citation.record) ? `${record_date(citation.record)} · ` : "",
              describe(citation.record),
            ),
          ),
        ),
  );
}

/** Draws the Sources page. */
export async function render_sources({ main, params }: PageContext): Promise<void> {
  replace(main, h("h1", {}, t("sources.sources")), loading("sources"));
  const [sources, citations] = await Promise.all([list_all("sources", {}, 5000), load_citations()]);
  if (!sources.ok) {
    replace(main, h("h1", {}, t("sources.sources")), unavailable(t("sources.the_list_of_sources"), sources.problem));
    return;
  }
  const wanted = params.get("key");
  const chosen = sources.data.items.find((source) => source.key === wanted);
  const rows = sources.data.items.map((source) => {
    const key = String(source.key ?? source.id);
    const cited = (citations.by_source.get(key) ?? []).length + (citations.incidents.get(key) ?? 0);
    return h(
      "tr",
      { "data-source": key, class: key === wanted ? "selected" : null },
      h("td", {}, h("a", { href: `#/sources?key=${encodeURIComponent(key)}` }, key)),
      h("td", {}, String(source.publisher ?? "–")),
      h("td", {}, String(source.title ?? "–")),
      h("td", {}, date(source.published)),
      h("td", { class: "number" }, String(cited)),
    );
  });
  replace(
    main,
    h("h1", {}, t("sources.sources")),
    h("p", { class: "lede" }, t("sources.every_figure_on_this_dashboard")),
    wanted && !chosen ? h("p", { class: "notice", role: "status" }, t("sources.no_source_with_key_wanted", { wanted })) : null,
    chosen
      ? source_detail(
          chosen,
          citations.by_source.get(String(chosen.key)) ?? [],
          citations.incidents.get(String(chosen.key)) ?? 0,
        )
      : null,
    section(
      "source-list",
      t("sources.all_sources_total", { total: sources.data.total }),
      sources.data.items.length === 0
        ? no_data("sources")
        : h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              {},
              h("caption", { class: "visually-hidden" }, t("sources.sources_and_how_many_records")),
              h(
                "thead",
                {},
                h("tr", {}, [t("sources.key"), t("sources.publisher"), t("sources.title"), t("sources.published"), t("sources.cited_by")].map((name) => h("th", { scope: "col" }, name))),
              ),
              h("tbody", {}, rows),
            ),
          ),
      citations.notes.map((note) => h("p", { class: "note" }, note)),
    ),
  );
  if (chosen) document.getElementById("source-detail")?.focus();
}
