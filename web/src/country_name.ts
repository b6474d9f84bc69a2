// Country names and lists of them in the reader's language. The server names a country by its ISO 3166-1
// alpha-3 code ("KEN"); the browser's Intl.DisplayNames knows regions by alpha-2 or UN M49 code, and
// canonicalizing the M49 code ("und-404") gives the alpha-2 ("und-KE"). The M49 codes come from the
// reference table the server is seeded from.

import countries from "../../data/reference/countries.json";
import { locale, t } from "./i18n";

let m49_by_iso3: Map<string, string> | undefined;

function region_of(iso3: string): string | undefined {
  m49_by_iso3 ??= new Map(countries.map((country) => [country.iso3, country.m49]));
  const m49 = m49_by_iso3.get(iso3.toUpperCase());
  if (!m49) return undefined;
  try {
    return new Intl.Locale(`und-${m49}`).region;
  } catch {
    return undefined;
  }
}

// Haitian Creole has no region names or list patterns in the browser: names follow Haiti's French,
// and lists take the catalog's "ak".
function names_locale(): string[] {
  return locale() === "ht" ? ["ht", "fr"] : [locale()];
}

/** "KEN" -> "Kenya"; "CHN" -> "Chine" in French; the code itself when the browser does not know it. */
export function country_name(iso3: string): string {
  const region = region_of(iso3);
  if (!region) return iso3;
  try {
    return new Intl.DisplayNames(names_locale(), { type: "region", fallback: "code" }).of(region) ?? iso3;
  } catch {
    return iso3;
  }
}

/** ["A", "B", "C"] -> "A, B and C", "A, B et C", "A, B y C", "A, B ak C". */
export function list_of(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  if (Intl.ListFormat.supportedLocalesOf([locale()]).length > 0)
    return new Intl.ListFormat(locale(), { type: "conjunction" }).format(items);
  return t("list.and", { head: items.slice(0, -1).join(", "), last: items[items.length - 1] });
}

/** "CHN RUS" (alpha-3 codes separated by spaces) -> "China and Russia" in the reader's language. */
export function countries_list(codes: string): string {
  return list_of(codes.split(" ").filter(Boolean).map(country_name));
}
