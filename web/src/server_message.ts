// Sentences the server writes (staleness, conflicting sources, forecast and vote reasons, alerts) come
// with a code and parameters beside their English text ("reason", "reason_code", "reason_params"): the
// dashboard says them from its catalogs (keys "server.<code>"), and keeps the English for a code it
// does not know. A parameter "country" holds an ISO 3166-1 alpha-3 code and "<x>_countries" a list of them
// separated by spaces: both are written as country names in the reader's language.

import { countries_list, country_name } from "./country_name";
import { date } from "./format";
import { has_message, locale, t } from "./i18n";
import { at, text_at } from "./pick";

// Parameters that hold dates (ISO 8601 of any precision): written the reader's way.
const date_params = new Set(["at", "date", "last", "from", "to", "end", "today", "due", "by", "reached_on", "since", "adopted", "fires_on"]);
// Parameters that are numbers but read as written: a year or a resolution's number is never grouped ("2 027").
const text_params = new Set(["year", "number"]);

type Params = Record<string, string | number>;

/** The message `code` with `params` (plain values, or nested {code, params}) in the current language;
 * `english` when the catalogs do not know the code or a nested one. */
export function server_message(code: string, params: unknown, english: string): string {
  const said = say(code, params);
  return said ?? english;
}

function say(code: string, params: unknown): string | undefined {
  const key = `server.${code}`;
  if (!has_message(key)) return undefined;
  const values: Params = {};
  const given = params !== null && typeof params === "object" ? (params as Record<string, unknown>) : {};
  for (const [name, value] of Object.entries(given)) {
    if (value !== null && typeof value === "object") {
      const nested = text_at(value, "code");
      const text = nested ? say(nested, at(value, "params")) : undefined;
      if (text === undefined) return undefined;
      values[name] = text;
    } else if (typeof value === "string" && date_params.has(name)) {
      values[name] = date(value);
    } else if (typeof value === "string" && name === "country") {
      values[name] = country_name(value);
    } else if (typeof value === "string" && name.endsWith("_countries")) {
      values[name] = countries_list(value);
    } else if (typeof value === "string" && text_params.has(name)) {
      values[name] = value;
    } else if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) {
      values[name] = Number(value);
    } else if (typeof value === "string" || typeof value === "number") {
      values[name] = value;
    }
  }
  return t(key, values);
}

/** The sentence `field` of an API object in the current language: English stays as the server wrote it. */
export function server_text(item: unknown, field: string): string {
  const english = text_at(item, field) ?? "";
  const code = text_at(item, `${field}_code`);
  if (locale() === "en" || !code) return english;
  return server_message(code, at(item, `${field}_params`), english);
}
