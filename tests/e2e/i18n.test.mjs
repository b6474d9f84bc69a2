// The dashboard in French and Haitian Creole (and Spanish) shows no English UI string on any page: the
// test signs in (so editors' forms show too), opens every page with the language chosen in the picker,
// collects the visible text, takes out the record values the API serves (names, titles, places: data,
// not UI), and looks for what is left among the English catalog's strings. Data inside the server's
// sentences must be said in the language too: a contingent ("KEN police"), a list of countries ("China
// and Russia"), the next mandate alert and why a council outlook cannot be computed.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium, chromium_args, chromium_path, open_browser, repo_root, sign_in, start_server } from "./server.mjs";

const catalog = (code) => JSON.parse(readFileSync(path.join(repo_root, "web/src/i18n", `${code}.json`), "utf8"));
const english = catalog("en");
// Every page, each mission's overview, a council year with no recorded council, and a source's detail.
const pages = ["overview", "overview?mission=mss-haiti", "overview?mission=gsf-haiti", "force", "incidents", "council", "council?year=2090", "funding", "sources", "sources?key=un-press-sc15838", "report", "review", "alerts", "sign-in"];
const record_kinds = ["sources", "countries", "organisations", "missions", "persons", "resolutions", "council_memberships", "strength_targets", "strength_reports", "deployment_events", "funding_flows", "incidents", "engagements", "positions", "admin_units"];

/** The parts of an English message a reader sees whatever the arguments: its text between arguments. */
function fixed_parts(message) {
  let text = message;
  for (let before = ""; before !== text; ) {
    before = text;
    text = text.replace(/\{[^{}]*\}/g, "\u0000");
  }
  return text.split("\u0000").map((part) => part.trim()).filter(Boolean);
}

/** English strings that must not show in `code`: whole messages (a label, a heading) and the longer fixed
 * parts of messages with arguments; strings the language writes the same way ("Date", "Total") are left out. */
function english_strings(code) {
  const other = catalog(code);
  const translated = new Set(Object.values(other).flatMap(fixed_parts));
  const whole = new Set();
  const parts = new Set();
  for (const [key, message] of Object.entries(english)) {
    if (other[key] === message) continue;
    const pieces = fixed_parts(message);
    if (pieces.length === 1 && pieces[0] === message.trim()) {
      if (message.trim().length >= 2 && !translated.has(message.trim())) whole.add(message.trim());
    } else {
      for (const piece of pieces) if (piece.length >= 12 && /\s/.test(piece) && !translated.has(piece)) parts.add(piece);
    }
  }
  return { whole, parts };
}

let server;
let browser;
let page;
let data_values = [];
let scratch;
// A year whose council is not recorded: the outlook of a transition cannot be computed for it.
const unrecorded_year = 2090;

// Synthetic records written for this test, so the dashboard has sentences with data inside: a mandate
// in force (with a next alert ahead) and two sources disagreeing on a contingent's movement.
function synthetic_records() {
  const end_year = new Date().getUTCFullYear() + 2;
  return {
    resolutions: [{ key: "e2e-synthetic-extension", body: "unsc", symbol: "S/RES/E2E (synthetic)", adopted: "2026-09-29", action: "extend", outcome: "adopted", mission: "gsf-haiti", mandate_end: `${end_year}-09-30`, source_id: "un-press-sc15838", summary: "Synthetic extension written for the language test." }],
    deployment_events: [
      { key: "e2e-synthetic-ken-a", mission: "gsf-haiti", country: "KEN", personnel_type: "police", count: 100, event: "arrived", date: "2026-02-10", basis: "reported", source_id: "un-press-sc15432" },
      { key: "e2e-synthetic-ken-b", mission: "gsf-haiti", country: "KEN", personnel_type: "police", count: 140, event: "arrived", date: "2026-02-10", basis: "reported", source_id: "un-press-sc15838" },
    ],
  };
}

before(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), "mssops-i18n-"));
  server = await start_server((cli) => {
    for (const [kind, records] of Object.entries(synthetic_records())) {
      const file = path.join(scratch, `${kind}.json`);
      writeFileSync(file, JSON.stringify(records));
      cli(["add", kind, "--file", file]);
    }
  });
  browser = await open_browser();
  page = browser.page;
  await sign_in(page, server.base_url);
  // Every string value of every record the API serves: data, which keeps its own language.
  data_values = await page.evaluate(async (kinds) => {
    const values = new Set();
    const walk = (value) => {
      if (typeof value === "string") values.add(value.trim());
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") Object.values(value).forEach(walk);
    };
    for (const kind of kinds) {
      const answer = await fetch(`/api/v1/${kind}?limit=1000`);
      if (answer.ok) walk(await answer.json());
    }
    return [...values].filter((value) => value.length >= 3).sort((a, b) => b.length - a.length);
  }, record_kinds);
});

after(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  await server?.stop();
});

async function choose_language(code) {
  await page.goto(`${server.base_url}/#/overview`);
  await page.waitForSelector("#language-picker");
  if ((await page.inputValue("#language-picker")) !== code) {
    await Promise.all([page.waitForEvent("load"), page.selectOption("#language-picker", code)]);
  }
  await page.waitForSelector(`html[lang="${code}"]`);
}

// English words between values, which the catalog check misses (too short, or written in code before):
// the council's stance assumptions ("yes 90 %"), a report or event "arrived 100 on 2026-02-10", a source
// "published" on a date, a mission running "–now", an alert's kind before its sentence ("target missed:"),
// the map's measure ("events"), and the signed-in user's role where the language names it another way
// (Spanish writes "editor" too). On the overview, a number inside a sentence grouped the English way
// ("1,140") in French and Creole.
function english_between_values(code, route) {
  const roles = ["editor", "viewer", "admin"].filter((role) => catalog(code)[`term.${role}`] !== english[`term.${role}`]);
  return [
    /\b(yes|abstain) \d/,
    /(\d|\u0001) on \d/,
    /, published \d/,
    / — \S+ to \S/,
    /–now\)/,
    /\b(target missed|target at risk|stale evidence|mandate gap|mandate lapsed): /,
    /^ ?(events|fatalities)$/m,
    ...(roles.length ? [new RegExp(`\\((${roles.join("|")})\\)`)] : []),
    ...(code !== "es" && route.startsWith("overview") ? [/\d,\d{3}(?![\d,])/] : []),
  ];
}

/** The page's visible text with every record value taken out, one line per visible block or cell. */
async function visible_ui_text(route) {
  await page.goto(`${server.base_url}/#/${route}`);
  await page.waitForSelector(`.page[data-page="${route.split("?")[0]}"][data-ready="true"]`, { timeout: 20000 });
  if (route.includes("key=")) await page.waitForSelector("#source-detail");
  // Forms and data tables fold under <details>: open them so their labels count too.
  await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
  await page.waitForTimeout(300);
  let text = await page.evaluate(() => document.body.innerText);
  for (const value of data_values) text = text.split(value).join("\u0001");
  return text;
}

for (const code of ["fr", "ht", "es"]) {
  describe(`dashboard in ${code}`, () => {
    const { whole, parts } = english_strings(code);

    it(`switches to ${code} with the language picker and keeps the choice`, async () => {
      await choose_language(code);
      const title = await page.textContent('#nav a[data-page="overview"]');
      assert.equal(title, catalog(code)["main.overview"]);
      await page.reload();
      await page.waitForSelector(`html[lang="${code}"]`);
    });

    if (code !== "es")
      it(`says the server's sentences (staleness, conflicts, reasons, verdict) in ${code}, not in English`, async () => {
        await choose_language(code);
        const home = await page.evaluate(() => localStorage.getItem("mssops.mission"));
        // The English sentences the API returns for the seeded data: every field "x" that has an "x_code".
        const { sentences, slugs } = await page.evaluate(async (year) => {
          const found = new Set();
          const walk = (value) => {
            if (Array.isArray(value)) return value.forEach(walk);
            if (!value || typeof value !== "object") return;
            for (const [key, inner] of Object.entries(value)) {
              const code = value[`${key}_code`];
              if (typeof inner === "string" && typeof code === "string" && code !== "text") found.add(inner.trim());
              walk(inner);
            }
          };
          const missions = await (await fetch("/api/v1/missions?limit=100")).json();
          for (const mission of missions.items ?? missions.data ?? []) {
            const base = `/api/v1/missions/${encodeURIComponent(mission.key ?? mission.slug)}`;
            for (const part of ["summary", "strength", "mandate"]) {
              const answer = await fetch(`${base}/${part}`);
              if (answer.ok) walk(await answer.json());
            }
          }
          const scenario = await fetch("/api/v1/council/scenarios/transition_to_un_pko");
          if (scenario.ok) walk(await scenario.json());
          const unrecorded = await fetch(`/api/v1/council/members?year=${year}`);
          if (unrecorded.ok) walk(await unrecorded.json());
          return { sentences: [...found].filter((sentence) => sentence.length >= 8), slugs: (missions.items ?? missions.data ?? []).map((mission) => mission.key ?? mission.slug) };
        }, unrecorded_year);
        assert.ok(sentences.length > 0, "the seeded data gives the server no sentence with a code: nothing to check");
        for (const wanted of ["the 90-day alert fires on", "members of unsc in 2090", "abstaining", "KEN police arrived", "Strength per country and personnel type", "each movement counted once", "no recorded vote"])
          assert.ok(sentences.some((sentence) => sentence.includes(wanted)), `no sentence with "${wanted}" to check`);
        const shown = [];
        const routes = [...slugs.map((slug) => `overview?mission=${slug}`), "force", "council", `council?year=${unrecorded_year}`];
        if (home) routes.push(`overview?mission=${home}`);
        for (const route of routes) {
          await page.goto(`${server.base_url}/#/${route}`);
          await page.waitForSelector(`.page[data-page="${route.split("?")[0]}"][data-ready="true"]`, { timeout: 20000 });
          const text = await page.evaluate(() => document.body.innerText);
          for (const sentence of sentences) if (text.includes(sentence)) shown.push(`${route}: "${sentence}"`);
          // Data inside a sentence in English: a contingent "KEN police", record values (country names)
          // joined by "and". Record values themselves (an engagement's summary) are data and taken out.
          let rest = text;
          for (const value of data_values) rest = rest.split(value).join("\u0001");
          for (const english of [/(\b[A-Z]{3}|\u0001) (police|military|civilian)\b/, /\u0001,? and (the )?\u0001/]) {
            const found = english.exec(rest);
            if (found) shown.push(`${route}: "…${rest.slice(Math.max(0, found.index - 40), found.index + 40).replaceAll("\u0001", "▯")}…"`);
          }
        }
        assert.deepEqual(shown, [], `the server's English sentences on the ${code} dashboard`);
      });

    for (const route of pages) {
      it(`shows no English UI string on the ${route} page`, async () => {
        const text = await visible_ui_text(route);
        const lines = text.split(/[\n\t]+/).map((line) => line.replace(/\u0001/g, "").trim());
        const found = [
          ...lines.filter((line) => whole.has(line)).map((line) => `"${line}"`),
          ...[...parts].filter((part) => text.includes(part)).map((part) => `"…${part}…"`),
        ];
        for (const english of english_between_values(code, route)) {
          const match = english.exec(text);
          if (match) found.push(`"…${text.slice(Math.max(0, match.index - 30), match.index + 30).replaceAll("\u0001", "▯")}…"`);
        }
        assert.deepEqual([...new Set(found)], [], `English on the ${route} page in ${code}`);
        if (code !== "es") {
          const months = /\b(January|February|March|April|June|July|August|September|October|November|December)\b/;
          assert.doesNotMatch(text, months, `an English month name on the ${route} page in ${code}`);
        }
      });
    }
  });
}

describe("dashboard language", () => {
  it("follows the browser's languages when the user has chosen none", async () => {
    const fresh = await chromium.launch({ executablePath: chromium_path, headless: true, args: chromium_args });
    try {
      const browser_page = await (await fresh.newContext({ locale: "fr-FR" })).newPage();
      await browser_page.goto(`${server.base_url}/#/overview`);
      await browser_page.waitForSelector('html[lang="fr"]');
      assert.equal(await browser_page.textContent('#nav a[data-page="force"]'), catalog("fr")["main.force_generation"]);
    } finally {
      await fresh.close();
    }
  });

  it("writes French dates with French month names and French number grouping", async () => {
    await choose_language("fr");
    await page.goto(`${server.base_url}/#/force`);
    await page.waitForSelector('.page[data-page="force"][data-ready="true"]');
    const text = await page.innerText("#events-list");
    assert.match(text, /1[\u202f\u00a0]500/, "French groups thousands with a narrow space");
    assert.match(text, /\b\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) 20\d\d\b/);
  });
});
