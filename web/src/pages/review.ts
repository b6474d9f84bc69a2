// Review: articles submitted for extraction. `#/review` lists them and takes a new article;
// `#/review?id=N` shows the article with each candidate's span highlighted beside its record, which
// an editor edits (as JSON) and accepts, or rejects. Nothing is written until a candidate is accepted.

import { api_path, get, post } from "../api";
import { h, replace, section } from "../dom";
import { loading, no_data, unavailable, problem_text } from "../notice";
import type { PageContext } from "../page";
import { t } from "../i18n";

interface Candidate {
  n: number;
  kind: string;
  record: Record<string, unknown>;
  span: { start: number; end: number };
  rule: string;
  confidence: number;
  match: { status: string; key: string };
  state: string;
  record_key: string;
}

interface Extraction {
  id: number;
  outlet: string;
  title: string;
  url: string;
  published: string;
  created_by: string;
  state: string;
  source_key: string;
  text?: string;
  candidates?: Candidate[];
}

/** The article as text nodes, each stretch inside a candidate's span wrapped in a <mark>. Spans are
 * byte offsets into the UTF-8 text, so the text is cut as bytes and each piece decoded. */
function highlighted(text: string, candidates: Candidate[]): HTMLElement {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  const cuts = new Set<number>([0, bytes.length]);
  for (const candidate of candidates) {
    cuts.add(Math.max(0, Math.min(bytes.length, candidate.span.start)));
    cuts.add(Math.max(0, Math.min(bytes.length, candidate.span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const article = h("div", { class: "review-article", id: "review-article" });
  for (let i = 0; i + 1 < points.length; ++i) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = decoder.decode(bytes.slice(from, to));
    const covering = candidates.filter((c) => c.span.start <= from && to <= c.span.end);
    if (covering.length === 0) {
      article.append(piece);
    } else {
      article.append(
        h(
          "mark",
          {
            "data-candidates": covering.map((c) => c.n).join(" "),
            title: covering.map((c) => `#${c.n} ${c.kind}`).join(", "),
          },
          piece,
        ),
      );
    }
  }
  return article;
}

function candidate_card(extraction: Extraction, candidate: Candidate, redraw: () => void): HTMLElement {
  const editor = h("textarea", {
    class: "review-record",
    rows: 10,
    "aria-label": t("review.record_of_candidate", { n: candidate.n }),
  });
  const as_read = JSON.stringify(candidate.record, null, 2);
  editor.value = as_read;
  const message = h("p", { class: "review-message", role: "status" });
  const pending = candidate.state === "pending";
  editor.disabled = !pending;
  const decide = async (verb: "accept" | "reject") => {
    // An unedited record is accepted as read: the server then knows a stored fact is not a new one.
    let body: unknown = undefined;
    if (verb === "accept" && editor.value !== as_read) {
      try {
        body = JSON.parse(editor.value);
      } catch (error) {
        replace(message, t("review.the_record_is_not_json", { v0: String(error) }));
        return;
      }
    }
    const outcome = await post<Extraction>(
      api_path(`extractions/${extraction.id}/candidates/${candidate.n}/${verb}`),
      body,
    );
    if (!outcome.ok) {
      replace(message, problem_text(outcome.problem));
      return;
    }
    redraw();
  };
  return h(
    "article",
    { class: `card review-candidate state-${candidate.state}`, "data-n": candidate.n, id: `candidate-${candidate.n}` },
    h("h3", {}, `#${candidate.n} ${candidate.kind}`),
    h(
      "p",
      { class: "review-meta" },
      t("review.rule_rule_confidence_v1", { rule: candidate.rule, v1: candidate.confidence.toFixed(2) }),
      `store: ${candidate.match.status}${candidate.match.key ? ` (${candidate.match.key})` : ""}`,
    ),
    h(
      "p",
      { class: "review-state", "data-state": candidate.state },
      candidate.state + (candidate.record_key ? `: ${candidate.record_key}` : ""),
    ),
    editor,
    pending
      ? h(
          "p",
          { class: "review-actions" },
          h("button", { type: "button", "data-action": "accept", onclick: () => void decide("accept") }, t("review.accept")),
          " ",
          h("button", { type: "button", "data-action": "reject", onclick: () => void decide("reject") }, t("review.reject")),
        )
      : null,
    message,
  );
}

async function render_extraction(main: HTMLElement, id: string): Promise<void> {
  const redraw = () => void render_extraction(main, id);
  const outcome = await get<Extraction>(api_path(`extractions/${encodeURIComponent(id)}`));
  if (!outcome.ok) {
    replace(main, unavailable(t("review.the_extraction"), outcome.problem));
    return;
  }
  const extraction = outcome.data;
  const candidates = extraction.candidates ?? [];
  replace(
    main,
    section(
      "review",
      t("review.review_title", { title: extraction.title }),
      h(
        "p",
        { class: "review-citation" },
        `${extraction.outlet}${extraction.published ? `, ${extraction.published}` : ""} — ${extraction.state}`,
        extraction.source_key ? t("review.cited_as_source_key", { source_key: extraction.source_key }) : "",
      ),
      h("p", {}, h("a", { href: "#/review" }, t("review.all_extractions"))),
      h(
        "div",
        { class: "review-layout" },
        highlighted(extraction.text ?? "", candidates),
        h(
          "div",
          { class: "review-candidates" },
          candidates.length ? candidates.map((c) => candidate_card(extraction, c, redraw)) : no_data(t("review.candidates")),
        ),
      ),
    ),
  );
}

function submit_form(): HTMLElement {
  const field = (label: string, input: HTMLInputElement | HTMLTextAreaElement) =>
    h("label", { class: "review-field" }, label, " ", input);
  const text = h("textarea", { name: "text", rows: 8, required: true });
  const outlet = h("input", { name: "outlet", required: true });
  const title = h("input", { name: "title", required: true });
  const url = h("input", { name: "url", type: "url" });
  const published = h("input", { name: "published", placeholder: "YYYY-MM-DD" });
  const message = h("p", { class: "review-message", role: "status" });
  const form = h(
    "form",
    {
      id: "review-submit",
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const outcome = await post<Extraction>(api_path("extractions"), {
          text: text.value,
          outlet: outlet.value,
          title: title.value,
          url: url.value,
          published: published.value,
        });
        if (!outcome.ok) {
          replace(message, problem_text(outcome.problem));
          return;
        }
        location.hash = `#/review?id=${outcome.data.id}`;
      },
    },
    field(t("review.article_text"), text),
    field(t("review.outlet"), outlet),
    field(t("review.title"), title),
    field("URL", url),
    field(t("review.published"), published),
    h("button", { type: "submit" }, t("review.extract")),
    message,
  );
  return form;
}

/** The Review page: the list and the submission form, or one extraction when `id` is given. */
export async function render_review(context: PageContext): Promise<void> {
  const id = context.params.get("id");
  replace(context.main, loading(t("review.review")));
  if (id) return render_extraction(context.main, id);
  const outcome = await get<{ items: Extraction[]; total: number }>(api_path("extractions"));
  if (!outcome.ok) {
    replace(context.main, unavailable(t("review.extractions"), outcome.problem));
    return;
  }
  const items = outcome.data.items;
  replace(
    context.main,
    section(
      "review",
      t("review.review"),
      h("h3", {}, t("review.submit_an_article")),
      submit_form(),
      h("h3", {}, t("review.extractions")),
      items.length
        ? h(
            "ul",
            { class: "review-list" },
            items.map((e) =>
              h(
                "li",
                {},
                h("a", { href: `#/review?id=${e.id}` }, e.title),
                ` — ${e.outlet}${e.published ? `, ${e.published}` : ""}, ${e.state}`,
              ),
            ),
          )
        : no_data(t("review.extractions")),
    ),
  );
}
