// The dashboard's languages: every UI string comes from a message catalog (ICU MessageFormat JSON in
// i18n/*.json), chosen by the user's setting (kept in this browser), else the browser's languages.
// Record values from the store (names, titles, departments, communes) are data and stay as stored.

import en from "./i18n/en.json";
import fr from "./i18n/fr.json";
import ht from "./i18n/ht.json";
import es from "./i18n/es.json";

/** The languages the dashboard speaks, with each one's name in itself. */
export const locales = [
  { code: "en", name: "English" },
  { code: "fr", name: "Français" },
  { code: "ht", name: "Kreyòl ayisyen" },
  { code: "es", name: "Español" },
] as const;

export type Locale = (typeof locales)[number]["code"];

const catalogs: Record<Locale, Record<string, string>> = { en, fr, ht, es };
const storage_key = "mssops.locale";

/** The first supported language in `wanted` (BCP 47 tags, best first), else English. */
export function negotiate(wanted: readonly string[]): Locale {
  for (const tag of wanted) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base in catalogs) return base as Locale;
  }
  return "en";
}

function stored(): string | null {
  try {
    return localStorage.getItem(storage_key);
  } catch {
    return null;
  }
}

let current: Locale = negotiate([...(stored() ? [stored()!] : []), ...(navigator.languages ?? [navigator.language])]);

/** The language in use. */
export function locale(): Locale {
  return current;
}

/** Sets the user's language and remembers it in this browser. */
export function set_locale(code: string): void {
  current = negotiate([code]);
  try {
    localStorage.setItem(storage_key, current);
  } catch {
    // A browser refusing storage keeps the choice for this page only.
  }
  document.documentElement.lang = current;
}

document.documentElement.lang = current;

type Params = Record<string, string | number | null | undefined>;

// Haitian Creole has no number data in the browser's ICU: its numbers follow Haiti's French conventions.
function number_locale(language: string): string {
  return language === "ht" ? "fr-HT" : language;
}

function value_text(value: string | number | null | undefined): string {
  if (typeof value === "number") return new Intl.NumberFormat(number_locale(current)).format(value);
  return value ?? "";
}

/** The end of the `{...}` block opening at `start` (the index of its `{`). */
function closing(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return text.length;
}

/** Formats an ICU message: `{name}` arguments and `{name, plural, =0 {…} one {…} other {…}}` with `#`. */
export function format_message(message: string, params: Params = {}, language: string = current): string {
  let out = "";
  for (let i = 0; i < message.length; i++) {
    if (message[i] !== "{") {
      out += message[i];
      continue;
    }
    const end = closing(message, i);
    const body = message.slice(i + 1, end);
    i = end;
    const comma = body.indexOf(",");
    if (comma < 0) {
      out += value_text(params[body.trim()]);
      continue;
    }
    const name = body.slice(0, comma).trim();
    const rest = body.slice(comma + 1);
    const kind_end = rest.indexOf(",");
    const kind = rest.slice(0, kind_end).trim();
    const options = new Map<string, string>();
    const text = rest.slice(kind_end + 1);
    for (let j = 0; j < text.length; j++) {
      const open = text.indexOf("{", j);
      if (open < 0) break;
      const close = closing(text, open);
      options.set(text.slice(j, open).trim(), text.slice(open + 1, close));
      j = close;
    }
    const value = params[name];
    if (kind === "plural") {
      const number = typeof value === "number" ? value : Number(value);
      const chosen =
        options.get(`=${number}`) ?? options.get(new Intl.PluralRules(language).select(number)) ?? options.get("other") ?? "";
      out += format_message(chosen, params, language).replaceAll("#", new Intl.NumberFormat(number_locale(language)).format(number));
    } else {
      // select: the option named by the value, else "other".
      out += format_message(options.get(String(value)) ?? options.get("other") ?? "", params, language);
    }
  }
  return out;
}

/** The UI string `key` in the current language (English if the catalog lacks it), formatted with `params`. */
export function t(key: string, params?: Params): string {
  const message = catalogs[current][key] ?? (en as Record<string, string>)[key] ?? key;
  return format_message(message, params);
}

/** Whether the current language's catalog, or the English one, has a message for `key`. */
export function has_message(key: string): boolean {
  return key in catalogs[current] || key in (en as Record<string, string>);
}

/** A record's vocabulary value ("withdrew_support") in words, translated when the catalog knows it. */
export function term(value: string): string {
  const key = `term.${value}`;
  const message = catalogs[current][key] ?? (en as Record<string, string>)[key];
  return message ?? value.replaceAll("_", " ");
}
