// The record kinds the server holds, read once from GET /api/v1/kinds: the dashboard's forms and lists
// take their kinds and choices from the server's catalog instead of copies of it.

import { get, type Outcome } from "./api";
import { t } from "./i18n";
import type { KindCatalog } from "./generated/api";

/** The whole catalog (GET /api/v1/kinds): kinds in load order and the named vocabularies. Typed from
 * the server's OpenAPI document (src/generated/api.ts). */
export type { KindCatalog };

/** One record kind, as the catalog describes it. */
export type Kind = KindCatalog["kinds"][number];

/** One field of a kind, as the catalog describes it. */
export type KindField = Kind["fields"][number];

let loaded: Promise<Outcome<KindCatalog>> | null = null;

/** The catalog, fetched on first use and kept; a failed fetch is tried again next time. */
export function load_kinds(): Promise<Outcome<KindCatalog>> {
  if (!loaded) {
    loaded = get<KindCatalog>("/api/v1/kinds").then((outcome) => {
      if (!outcome.ok) loaded = null;
      return outcome;
    });
  }
  return loaded;
}

/** The kind's name in the reader's language; the catalog's display name when no translation exists. */
export function kind_name(kind: Kind): string {
  const key = `records.kind_${kind.name}`;
  const translated = t(key);
  return translated === key ? kind.display_name : translated;
}

/** The choices of `field` of `kind` in the catalog, or `fallback` when the catalog cannot be read. */
export async function field_choices(kind: string, field: string, fallback: string[] = []): Promise<string[]> {
  const catalog = await load_kinds();
  if (!catalog.ok) return fallback;
  const spec = catalog.data.kinds.find((entry) => entry.name === kind)?.fields.find((entry) => entry.name === field);
  return spec?.choices ?? fallback;
}

/** The values of a named vocabulary ("personnel_types"), or none when the catalog cannot be read. */
export async function vocabulary(name: string): Promise<string[]> {
  const catalog = await load_kinds();
  return catalog.ok ? (catalog.data.vocabularies[name]?.values ?? []) : [];
}
