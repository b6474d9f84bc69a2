// Sources: every source and every record that cites it; `#/sources?key=K` opens one source.

import { list_all, type ApiRecord } from "../api";
import { h, is_web_url, replace, section } from "../dom";
import { date } from "../format";
import { loading, no_data, unavailable } from "../notice";
import type { PageContext } from "../page";
import { describe, record_date, record_kinds } from "../records";

interface Citation {
  kind_name: string;
  record: ApiRecord;
}

/** Reads every kind that carries source_id and groups its records by the source they cite. */
async function load_citations(): Promise<{ by_source: Map<string, Citation[]>; notes: string[] }> {
  const by_source = new Map<string, Citation[]>();
  const notes: string[] = [];
  const kinds = record_kinds.filter((entry) => entry.kind !== "sources");
  const pages = await Promise.all(kinds.map((entry) => list_all(entry.kind, {}, 2000)));
  pages.forEach((page, index) => {
    const entry = kinds[index];
    if (!page.ok) {
      notes.push(`${entry.name}: not readable (${page.problem.status}).`);
      return;
    }
    if (page.data.total > page.data.items.length) {
      notes.push(`${entry.name}: only the first ${page.data.items.length} of ${page.data.total} records were scanned.`);
    }
    for (const record of page.data.items) {
      if (typeof record.source_id !== "string") continue;
      const list = by_source.get(record.source_id) ?? [];
      list.push({ kind_name: entry.name, record });
      by_source.set(record.source_id, list);
    }
  });
  return { by_source, notes };
}

function source_detail(source: ApiRecord, citations: Citation[]): HTMLElement {
  const fields = ["publisher", "title", "author", "published", "accessed", "url", "synthetic", "notes"];
  const url = typeof source.url === "string" ? source.url : "";
  return h(
    "article",
    { class: "card source-detail", id: "source-detail", "data-source": String(source.key), tabindex: "-1" },
    h("h2", {}, `Source: ${String(source.title ?? source.key)}`),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "key"),
      h("dd", {}, String(source.key ?? source.id)),
      fields
        .filter((field) => source[field] !== undefined && source[field] !== null && source[field] !== "")
        .flatMap((field) => [
          h("dt", {}, field),
          h(
            "dd",
            {},
            // Only an http(s) address becomes a link; any other scheme is shown as text.
            field === "url" && is_web_url(url)
              ? h("a", { href: url, rel: "noreferrer noopener", target: "_blank" }, url)
              : String(source[field]),
          ),
        ]),
    ),
    h("h3", {}, `Cited by ${citations.length} record${citations.length === 1 ? "" : "s"}`),
    citations.length === 0
      ? h("p", {}, "No record cites this source.")
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
  replace(main, h("h1", {}, "Sources"), loading("sources"));
  const [sources, citations] = await Promise.all([list_all("sources", {}, 5000), load_citations()]);
  if (!sources.ok) {
    replace(main, h("h1", {}, "Sources"), unavailable("The list of sources", sources.problem));
    return;
  }
  const wanted = params.get("key");
  const chosen = sources.data.items.find((source) => source.key === wanted);
  const rows = sources.data.items.map((source) => {
    const key = String(source.key ?? source.id);
    const cited = citations.by_source.get(key) ?? [];
    return h(
      "tr",
      { "data-source": key, class: key === wanted ? "selected" : null },
      h("td", {}, h("a", { href: `#/sources?key=${encodeURIComponent(key)}` }, key)),
      h("td", {}, String(source.publisher ?? "–")),
      h("td", {}, String(source.title ?? "–")),
      h("td", {}, date(source.published)),
      h("td", { class: "number" }, String(cited.length)),
    );
  });
  replace(
    main,
    h("h1", {}, "Sources"),
    h("p", { class: "lede" }, "Every figure on this dashboard rests on one of these sources. Choose a source to see the records that cite it."),
    wanted && !chosen ? h("p", { class: "notice", role: "status" }, `No source with key “${wanted}” is stored.`) : null,
    chosen ? source_detail(chosen, citations.by_source.get(String(chosen.key)) ?? []) : null,
    section(
      "source-list",
      `All sources (${sources.data.total})`,
      sources.data.items.length === 0
        ? no_data("sources")
        : h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              {},
              h("caption", { class: "visually-hidden" }, "Sources and how many records cite each"),
              h(
                "thead",
                {},
                h("tr", {}, ["Key", "Publisher", "Title", "Published", "Cited by"].map((name) => h("th", { scope: "col" }, name))),
              ),
              h("tbody", {}, rows),
            ),
          ),
      citations.notes.map((note) => h("p", { class: "note" }, note)),
    ),
  );
  if (chosen) document.getElementById("source-detail")?.focus();
}
