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

/** The argument names of an ICU message: `{name}` and `{name, plural, …}`, not the words inside plural branches. */
export function argument_names(message) {
  let text = message;
  // Plural branches ("one {# day}") hold words, not arguments: drop them innermost first.
  for (let before = ""; before !== text; ) {
    before = text;
    text = text.replace(/(?:=\d+|\bzero|\bone|\btwo|\bfew|\bmany|\bother)\s*\{[^{}]*\}/g, "");
  }
  return [...new Set([...text.matchAll(/\{(\w+)(?=[,}])/g)].map((match) => match[1]))].sort();
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
        .filter((key) => argument_names(english[key]).join() !== argument_names(catalog[key]).join())
        .map((key) => `${key}: English {${argument_names(english[key])}} vs {${argument_names(catalog[key])}}`);
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
