// The situation report in the reader's language: the API follows ?locale= and Accept-Language, and a
// French PDF printed by `mssops report --locale fr --format pdf` is on A4 paper with French month
// names. The PDF is read and its first page drawn to a PNG by pdf.js inside Chromium, so the test
// needs no PDF tool on the machine; the PNG is kept in docs/screenshots for a person to look at.

import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium, chromium_args, chromium_path, editor, repo_root, start_server } from "./server.mjs";
const pdfjs = path.join(repo_root, "web/node_modules/pdfjs-dist/build");
const screenshots = path.join(repo_root, "docs/screenshots");

const french_months = /\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) 20\d\d\b/;
const english_months = /\b(January|February|March|April|June|July|August|September|October|November|December) 20\d\d\b/;
const period = ["--from", "2024-10-01", "--to", "2024-12-31"];

let server;
let token;
let directory;
const pdfs = {};

before(async () => {
  directory = mkdtempSync(path.join(tmpdir(), "mssops-report-language-"));
  server = await start_server((cli) => {
    token = JSON.parse(cli(["--json", "user", "token", editor.name, "--label", "report language test"])).token;
    if (!existsSync(chromium_path)) return;
    for (const locale of ["fr", "en-US"]) {
      pdfs[locale] = path.join(directory, `report-${locale}.pdf`);
      cli(["report", ...period, "--locale", locale, "--format", "pdf", "--output", pdfs[locale]]);
    }
  });
});

after(async () => {
  await server?.stop();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

async function report(query, headers = {}) {
  const answer = await fetch(`${server.base_url}/api/v1/missions/mss-haiti/report?from=2024-10-01&to=2024-12-31&${query}`, {
    headers: { Authorization: `Bearer ${token}`, ...headers },
  });
  return { status: answer.status, language: answer.headers.get("content-language"), vary: answer.headers.get("vary"), body: await answer.text() };
}

/** Page sizes (points), the text and a PNG of page 1 of `file`, read by pdf.js in Chromium. */
async function read_pdf(file, png) {
  const browser = await chromium.launch({ executablePath: chromium_path, headless: true, args: chromium_args });
  try {
    const context = await browser.newContext();
    const files = { "/pdf.mjs": path.join(pdfjs, "pdf.mjs"), "/pdf.worker.mjs": path.join(pdfjs, "pdf.worker.mjs") };
    await context.route("http://pdf.invalid/**", (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === "/") return route.fulfill({ contentType: "text/html", body: "<!doctype html><canvas id=page></canvas>" });
      if (url.pathname === "/report.pdf") return route.fulfill({ contentType: "application/pdf", body: readFileSync(file) });
      if (files[url.pathname]) return route.fulfill({ contentType: "text/javascript", body: readFileSync(files[url.pathname]) });
      return route.fulfill({ status: 404, body: "" });
    });
    const page = await context.newPage();
    await page.goto("http://pdf.invalid/");
    const read = await page.evaluate(async () => {
      const pdfjs = await import("/pdf.mjs");
      pdfjs.GlobalWorkerOptions.workerSrc = "/pdf.worker.mjs";
      const document_ = await pdfjs.getDocument({ url: "/report.pdf" }).promise;
      const sizes = [];
      let text = "";
      for (let number = 1; number <= document_.numPages; number++) {
        const pdf_page = await document_.getPage(number);
        sizes.push(pdf_page.view.slice(2).map(Math.round));
        text += (await pdf_page.getTextContent()).items.map((item) => item.str).join(" ") + "\n";
      }
      const first = await document_.getPage(1);
      const viewport = first.getViewport({ scale: 1 });
      const canvas = document.getElementById("page");
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      await first.render({ canvas, viewport }).promise;
      return { sizes, text };
    });
    await page.locator("#page").screenshot({ path: png });
    return read;
  } finally {
    await browser.close();
  }
}

describe("situation report languages", () => {
  it("writes the report in French when asked with ?locale=fr", async () => {
    const answer = await report("format=html&locale=fr");
    assert.equal(answer.status, 200);
    assert.equal(answer.language, "fr");
    assert.match(answer.body, /<html lang="fr">/);
    assert.match(answer.body, /Rapport de situation/);
    assert.match(answer.body, /Période\u202f: du 1 octobre 2024 au 31 décembre 2024 \(92 jours\)/);
    // The list of sources at the end holds source titles: data, in their own language.
    assert.doesNotMatch(answer.body.split('<section class="sources">')[0], english_months);
    assert.match(answer.body, /@page \{ size: A4;/);
  });

  it("follows Accept-Language when no locale is given, and varies on it", async () => {
    const creole = await report("format=md", { "Accept-Language": "ht, fr;q=0.8, en;q=0.5" });
    assert.equal(creole.language, "ht");
    assert.equal(creole.vary, "Accept-Language");
    assert.match(creole.body, /Peryòd: soti 1 oktòb 2024 rive 31 desanm 2024/);
    const spanish = await report("format=md", { "Accept-Language": "de-DE, es-419;q=0.9" });
    assert.match(spanish.body, /Período: del 1 de octubre de 2024 al 31 de diciembre de 2024/);
    const english = await report("format=md", { "Accept-Language": "de-DE" });
    assert.match(english.body, /Period: 1 October 2024 to 31 December 2024 \(92 days\)/);
  });

  it("says the data inside the server's sentences in French: countries, their list, the council's gap", async () => {
    const fetch_report = async (mission, from, to) => {
      const answer = await fetch(`${server.base_url}/api/v1/missions/${mission}/report?from=${from}&to=${to}&format=md&locale=fr`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      assert.equal(answer.status, 200);
      return answer.text();
    };
    // The MSS was succeeded under S/RES/2793, adopted with China, the Russian Federation and Pakistan abstaining.
    const succeeded = await fetch_report("mss-haiti", "2025-07-01", "2025-12-31");
    const succession = succeeded.split("\n").find((line) => line.includes("S/RES/2793"));
    assert.ok(succession, "the report names the resolution that ended the mission");
    assert.match(succeeded, /Chine, Russie et Pakistan s’abstenant/);
    // The footnotes hold source titles: data, in their own language.
    assert.doesNotMatch(succeeded.split("[^1]:")[0], /\w and [A-Z]/, "an English \"and\" between names");
    // No council of 2027 is fully recorded: the report says why in French, not in the server's English.
    const unrecorded = await fetch_report("gsf-haiti", "2027-01-01", "2027-03-31");
    assert.match(unrecorded, /ne peuvent être calculées pour 2027[ \u202f\u00a0]?: le Conseil de sécurité compte 5 membres permanents et 10 membres élus en 2027, mais 5 permanents et \d+ élus sont enregistrés/);
    assert.doesNotMatch(unrecorded, /expected 5 permanent/);
  });

  it("says footnotes, the council's stance basis and the strength rules in French and Creole", async () => {
    // Each English phrase is in the English report, so the checks below have something to miss.
    const phrases = [/, published \d/, /\b(supports|opposes|open|withdrew_support|undecided) \(position /, /no position recorded/, /strength report \S+ of /, /contingents on \d/, /each movement counted once/];
    const english = await report("format=md&locale=en");
    assert.equal(english.status, 200);
    const shown = phrases.filter((phrase) => phrase.test(english.body));
    for (const wanted of [0, 1, 3]) assert.ok(shown.includes(phrases[wanted]), `the English report has no ${phrases[wanted]}: nothing to check`);
    for (const locale of ["fr", "ht"]) {
      const answer = await report(`format=md&locale=${locale}`);
      assert.equal(answer.status, 200);
      for (const phrase of phrases) assert.doesNotMatch(answer.body, phrase, `English in the ${locale} report`);
      assert.doesNotMatch(answer.body, /\b(corroborating|before_base|superseded|un_document|rotated_out)\b/, `an English term in the ${locale} report`);
    }
  });

  it("refuses a language the report does not speak, naming the parameter", async () => {
    const answer = await report("locale=de");
    assert.equal(answer.status, 422);
    const problem = JSON.parse(answer.body);
    assert.equal(problem.field, "locale");
    assert.equal(problem.detail, 'locale must be en, en-US, fr, ht or es, got "de"');
  });

  it("prints the French PDF on A4 with French month names, and en-US on Letter", async (t) => {
    if (!existsSync(chromium_path)) return t.skip(`no Chromium at ${chromium_path}`);
    mkdirSync(screenshots, { recursive: true });
    const french = await read_pdf(pdfs.fr, path.join(screenshots, "report-fr-page1.png"));
    assert.ok(french.sizes.length >= 1);
    // A4 is 210 x 297 mm: 595 x 842 points.
    for (const size of french.sizes) assert.deepEqual(size, [595, 842]);
    assert.match(french.text, /Rapport de situation/);
    assert.match(french.text, french_months);
    // The list of sources (after the last "Sources" heading) holds source titles: data, in their own language.
    assert.doesNotMatch(french.text.slice(0, french.text.lastIndexOf("Sources")), english_months);
    const us = await read_pdf(pdfs["en-US"], path.join(directory, "report-en-US-page1.png"));
    // US Letter is 8.5 x 11 inches: 612 x 792 points.
    for (const size of us.sizes) assert.deepEqual(size, [612, 792]);
    assert.match(us.text, /December 31, 2024/);
  });
});
