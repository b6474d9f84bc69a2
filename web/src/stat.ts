// A headline figure: the number, what it is, when it applies, and its source one click away.

import { h } from "./dom";
import { source_links } from "./source_link";
import { t } from "./i18n";

/** One headline figure; a missing value says "not recorded" instead of showing a number. */
export function stat(id: string, title: string, value: string | undefined, detail: string | undefined, sources: unknown): HTMLElement {
  return h(
    "div",
    { class: "stat", id, "data-value": value ?? "" },
    h("p", { class: "stat-title" }, title),
    value === undefined ? h("p", { class: "stat-missing" }, t("stat.not_recorded")) : h("p", { class: value.length > 8 ? "stat-value long" : "stat-value" }, value),
    detail ? h("p", { class: "stat-detail" }, detail) : null,
    value === undefined ? null : source_links(sources),
  );
}
