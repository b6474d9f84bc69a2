// The message catalogs (ICU MessageFormat JSON) of the dashboard (web/src/i18n) and of the situation report
// (src/report/i18n): every language has every key the English catalog has, with the same arguments, and
// nothing else. No browser needed.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { repo_root } from "./server.mjs";

const catalog_sets = { dashboard: path.join(repo_root, "web/src/i18n"), report: path.join(repo_root, "src/report/i18n") };
const read_in = (directory, code) => JSON.parse(readFileSync(path.join(directory, `${code}.json`), "utf8"));
const read = (code) => read_in(catalog_sets.dashboard, code);
const english = read("en");
const languages = ["fr", "ht", "es"];

/** The argument names of an ICU message: `{name}`, `{name, plural, …}` and `{name, select, …}`, and those
 * inside the branches, not the words of the branches. */
export function argument_names(message) {
  const names = new Set();
  const closing = (text, open) => {
    for (let depth = 0, i = open; i < text.length; i++) {
      if (text[i] === "{") depth++;
      else if (text[i] === "}" && --depth === 0) return i;
    }
    return text.length;
  };
  const walk = (text) => {
    for (let i = text.indexOf("{"); i >= 0; i = text.indexOf("{", i + 1)) {
      const end = closing(text, i);
      const body = text.slice(i + 1, end);
      const parts = body.split(",");
      names.add(parts[0].trim());
      if (parts.length >= 3) {
        // The branches "key {text}" of plural and select: only arguments inside them count.
        const branches = parts.slice(2).join(",");
        for (let j = branches.indexOf("{"); j >= 0; j = branches.indexOf("{", closing(branches, j) + 1)) walk(branches.slice(j + 1, closing(branches, j)));
      }
      i = end;
    }
  };
  walk(message);
  return [...names].filter((name) => /^\w+$/.test(name)).sort();
}

/** The arguments a translation stands on: "<x>_countries" (the ISO codes of the countries English names
 * in "<x>", which a language names and joins its own way) counts as "<x>". */
export function translated_argument_names(message) {
  return [...new Set(argument_names(message).map((name) => name.replace(/_countries$/, "")))].sort();
}

for (const [set, directory] of Object.entries(catalog_sets)) describe(`${set} message catalogs`, () => {
  const english = read_in(directory, "en");
  for (const code of languages) {
    const catalog = read_in(directory, code);
    it(`${code} has every key the English catalog has`, () => {
      const missing = Object.keys(english).filter((key) => !(key in catalog));
      assert.deepEqual(missing, [], `${code}.json lacks ${missing.length} key(s): ${missing.join(", ")}`);
    });
    it(`${code} has no key the English catalog lacks`, () => {
      const extra = Object.keys(catalog).filter((key) => !(key in english));
      assert.deepEqual(extra, [], `${code}.json has key(s) English does not: ${extra.join(", ")}`);
    });
    it(`${code} uses the same arguments as English in every message`, () => {
      const different = Object.keys(english)
        .filter((key) => key in catalog)
        .filter((key) => argument_names(english[key]).join() !== translated_argument_names(catalog[key]).join())
        .map((key) => `${key}: English {${argument_names(english[key])}} vs {${translated_argument_names(catalog[key])}}`);
      assert.deepEqual(different, []);
    });
    it(`${code} has no empty message`, () => {
      const empty = Object.keys(catalog).filter((key) => catalog[key].trim() === "");
      assert.deepEqual(empty, []);
    });
  }
});

describe("catalog checks", () => {
  it("finds arguments outside plural branches and ignores the words inside them", () => {
    assert.deepEqual(argument_names("Showing {length, plural, one {the # week} other {all # weeks}}, {first} to {last}"), ["first", "last", "length"]);
    assert.deepEqual(argument_names("{v0} {points, plural, one {point} other {points}} {v2}"), ["points", "v0", "v2"]);
    assert.deepEqual(argument_names("{kind, select, police {policiers} other {{kind} of {who}}}"), ["kind", "who"]);
  });

  it("reads a list of country codes in a translation as the names English gives", () => {
    assert.deepEqual(translated_argument_names("{against, select, none {} other {{against_countries} contre}}"), ["against"]);
    assert.deepEqual(translated_argument_names("{against_countries} {other_thing}"), ["against", "other_thing"]);
  });

  it("reports a key missing from a catalog", () => {
    const catalog = { ...read("fr") };
    delete catalog["main.overview"];
    const missing = Object.keys(english).filter((key) => !(key in catalog));
    assert.deepEqual(missing, ["main.overview"]);
  });
});

describe("record kind names", () => {
  // The server's catalog names each kind (src/domain/kind_names.hpp); the dashboard shows it in the
  // reader's language, so a new kind needs its name in every catalog (the checks above see to the others).
  const header = readFileSync(path.join(repo_root, "src/domain/kind_names.hpp"), "utf8");
  const kinds = [...header.matchAll(/inline constexpr std::string_view (\w+) = "(\w+)";/g)].map((match) => match[2]);

  it("reads the kinds from kind_names.hpp", () => {
    assert.ok(kinds.includes("deployment_events"), `found ${kinds.join(", ")}`);
  });

  it("has a translated name for every record kind", () => {
    const missing = kinds.filter((kind) => !(`records.kind_${kind}` in english));
    assert.deepEqual(missing, [], `en.json lacks records.kind_ for ${missing.join(", ")}`);
  });
});
