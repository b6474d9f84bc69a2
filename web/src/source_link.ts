// "Each figure with its source one click away": a link to the Sources page, opened on that source.

import { h } from "./dom";
import { t } from "./i18n";

/** A link to the source record with key `source_key`; nothing when the figure has no source. */
export function source_link(source_key: unknown, text = t("source_link.source")): HTMLElement | null {
  if (typeof source_key !== "string" || source_key === "") return null;
  return h(
    "a",
    {
      class: "source-link",
      href: `#/sources?key=${encodeURIComponent(source_key)}`,
      title: t("source_link.open_source_source_key", { source_key }),
      "data-source": source_key,
    },
    text,
  );
}

/** Source links for several keys (a computation may rest on more than one record). */
export function source_links(keys: unknown): HTMLElement | null {
  const list = Array.isArray(keys) ? keys.filter((key): key is string => typeof key === "string") : [];
  const unique = [...new Set(list)];
  if (unique.length === 0) return source_link(keys);
  if (unique.length === 1) return source_link(unique[0]);
  return h(
    "span",
    { class: "source-links" },
    t("source_link.sources"),
    unique.flatMap((key, index) => [index > 0 ? ", " : null, source_link(key, String(index + 1))]),
  );
}
