// Boots the dashboard: header, navigation, hash routing to the pages and the sign-in form.

import "./style.css";
import { h, replace } from "./dom";
import { all_missions, choose_mission, current_mission, load_missions, mission_by_slug, mission_label } from "./mission";
import type { PageContext } from "./page";
import { unavailable } from "./notice";
import { on_change, refresh, render_session } from "./session";
import { render_overview } from "./pages/overview";
import { render_force } from "./pages/force";
import { render_incidents } from "./pages/incidents";
import { render_council } from "./pages/council";
import { render_funding } from "./pages/funding";
import { render_sources } from "./pages/sources";
import { render_report } from "./pages/report";
import { render_sign_in } from "./pages/sign_in";
import { render_review } from "./pages/review";
import { render_alerts } from "./pages/alerts";
import { locale, locales, set_locale, t } from "./i18n";


interface Page {
  path: string;
  title: string;
  in_nav: boolean;
  render: (context: PageContext) => Promise<void>;
}

const pages: Page[] = [
  { path: "overview", title: t("main.overview"), in_nav: true, render: render_overview },
  { path: "force", title: t("main.force_generation"), in_nav: true, render: render_force },
  { path: "incidents", title: t("main.incidents"), in_nav: true, render: render_incidents },
  { path: "council", title: t("main.council"), in_nav: true, render: render_council },
  { path: "funding", title: t("main.funding"), in_nav: true, render: render_funding },
  { path: "sources", title: t("main.sources"), in_nav: true, render: render_sources },
  { path: "report", title: t("main.report"), in_nav: true, render: render_report },
  { path: "review", title: t("main.review"), in_nav: true, render: render_review },
  { path: "alerts", title: t("main.alerts"), in_nav: true, render: render_alerts },
  { path: "sign-in", title: t("main.sign_in"), in_nav: false, render: render_sign_in },
];

const main = document.getElementById("main") as HTMLElement;
const nav = document.getElementById("nav") as HTMLElement;
const session_box = document.getElementById("session") as HTMLElement;
const mission_box = document.getElementById("mission-name") as HTMLElement;

/** The language picker (the user's setting, kept in this browser) and the page's fixed texts in that language. */
function draw_language(): void {
  const select = h(
    "select",
    {
      id: "language-picker",
      onchange: (event: Event) => {
        set_locale((event.target as HTMLSelectElement).value);
        // Every page and helper reads the catalog when drawing: a reload draws all of it in the new language.
        location.reload();
      },
    },
    locales.map((item) => h("option", { value: item.code, lang: item.code, selected: item.code === locale() }, item.name)),
  );
  const box = h("div", { class: "language", id: "language" }, h("label", { for: "language-picker", class: "visually-hidden" }, t("main.language")), select);
  document.querySelector(".site-header")?.append(box);
  const skip = document.querySelector(".skip-link");
  if (skip) skip.textContent = t("main.skip_to_content");
  const footer = document.querySelector(".site-footer");
  if (footer) footer.textContent = t("main.footer");
  nav.parentElement?.setAttribute("aria-label", t("main.pages"));
}

function parse_hash(): { path: string; params: URLSearchParams } {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = hash.split("?");
  return { path: path || "overview", params: new URLSearchParams(query) };
}

function draw_nav(active: string): void {
  replace(
    nav,
    pages
      .filter((page) => page.in_nav)
      .map((page) =>
        h(
          "li",
          {},
          h(
            "a",
            { href: `#/${page.path}`, "aria-current": page.path === active ? "page" : null, "data-page": page.path },
            page.title,
          ),
        ),
      ),
  );
}

function draw_mission_picker(): void {
  const missions = all_missions();
  const mission = current_mission();
  if (missions.length <= 1) {
    replace(mission_box, mission ? (mission.acronym ?? mission.name) : "");
    if (mission) mission_box.title = mission.name;
    return;
  }
  const select = h(
    "select",
    {
      id: "mission-picker",
      onchange: (event: Event) => {
        choose_mission((event.target as HTMLSelectElement).value);
        void route();
      },
    },
    missions.map((item) => h("option", { value: item.slug, selected: item.slug === mission?.slug }, mission_label(item))),
  );
  replace(mission_box, h("label", { for: "mission-picker", class: "visually-hidden" }, t("main.mission")), select);
}

let routing = 0;

async function route(): Promise<void> {
  const ticket = ++routing;
  const { path, params } = parse_hash();
  // "?mission=mss-haiti" switches missions in one click (the overview links a predecessor this way).
  const asked = params.get("mission");
  if (asked && mission_by_slug(asked) && asked !== current_mission()?.slug) {
    choose_mission(asked);
    draw_mission_picker();
  }
  const page = pages.find((candidate) => candidate.path === path);
  draw_nav(page?.path ?? "");
  if (!page) {
    document.title = t("main.not_found_mssops");
    replace(main, h("h1", {}, t("main.page_not_found")), h("p", {}, h("a", { href: "#/overview" }, t("main.go_to_the_overview"))));
    return;
  }
  document.title = t("main.title_mssops", { title: page.title });
  const container = h("div", { class: "page", "data-page": page.path, "aria-busy": "true" });
  replace(main, container);
  await page.render({ main: container, params, mission: current_mission() });
  if (ticket === routing) {
    container.setAttribute("aria-busy", "false");
    container.dataset.ready = "true";
    // The first page drawn with its data: BENCHMARKS.md reports this as time to first render.
    if (performance.getEntriesByName("mssops:first-page").length === 0) performance.mark("mssops:first-page");
  }
}

async function boot(): Promise<void> {
  draw_language();
  on_change(() => render_session(session_box));
  render_session(session_box);
  await refresh();
  let missions = await load_missions();
  draw_mission_picker();
  on_change(async () => {
    // A server without anonymous reads answers 401 until sign-in; load the missions once signed in.
    if (!missions.ok) {
      missions = await load_missions();
      draw_mission_picker();
    }
    if (parse_hash().path !== "sign-in") void route();
  });
  window.addEventListener("hashchange", () => {
    void route().then(() => main.focus({ preventScroll: true }));
  });
  const needs_sign_in = !missions.ok && (missions.problem.status === 401 || missions.problem.status === 403);
  if (needs_sign_in && parse_hash().path !== "sign-in") {
    location.hash = `#/sign-in?back=${encodeURIComponent(location.hash || "#/overview")}`;
    return;
  }
  if (!missions.ok && !needs_sign_in) {
    replace(main, unavailable(t("main.the_list_of_missions"), missions.problem));
    return;
  }
  await route();
}

void boot();
