// Council and transition: the 15 members' recorded stances on a transition to a UN peacekeeping
// operation, and a simulator that asks the API for the exact adoption probability and veto risk.

import { api_path, get, post } from "../api";
import { h, replace, section } from "../dom";
import { date, label, share } from "../format";
import { no_data, unavailable } from "../notice";
import type { PageContext } from "../page";
import { list_at, number_at, text_at } from "../pick";
import { source_link } from "../source_link";

const subject = "transition_to_un_pko";
const stances = ["supports", "open", "undecided", "opposes", "withdrew_support"];

interface Member {
  country: string;
  name: string;
  seat: string;
  stance: string;
  stance_date: string;
  source_id: string;
  simulated: string;
}

function members_of(data: unknown): Member[] {
  const rows = Array.isArray(data) ? data : (list_at(data, "members", "items") ?? []);
  return rows.flatMap((row) => {
    const country = text_at(row, "country", "member", "iso3");
    if (!country) return [];
    const stance = text_at(row, "stance", "position.stance", "recorded_stance") ?? "";
    return [
      {
        country,
        name: text_at(row, "name", "country_name") ?? country,
        seat: text_at(row, "seat") ?? "",
        stance,
        stance_date: text_at(row, "stance_date", "date", "position.date") ?? "",
        source_id: text_at(row, "source_id", "position.source_id", "stance_source") ?? "",
        simulated: stance || "undecided",
      },
    ];
  });
}

function result_view(result: unknown): HTMLElement {
  const probability = number_at(result, "adoption_probability", "probability", "pass_probability");
  const veto = number_at(result, "veto_risk", "veto_probability");
  const pivotal = list_at(result, "pivotal", "pivotal_members") ?? [];
  const expected = number_at(result, "expected_yes", "expected_votes_yes");
  if (probability === undefined && veto === undefined) return no_data("simulation result");
  return h(
    "div",
    { class: "stats" },
    h("div", { class: "stat", id: "adoption-probability", "data-value": String(probability ?? "") }, h("p", { class: "stat-title" }, "Adoption probability"), h("p", { class: "stat-value" }, share(probability))),
    h("div", { class: "stat", id: "veto-risk", "data-value": String(veto ?? "") }, h("p", { class: "stat-title" }, "Veto risk"), h("p", { class: "stat-value" }, share(veto))),
    expected === undefined ? null : h("div", { class: "stat" }, h("p", { class: "stat-title" }, "Expected votes in favour"), h("p", { class: "stat-value" }, expected.toFixed(1))),
    h(
      "p",
      { class: "note", id: "pivotal" },
      pivotal.length ? `Pivotal members: ${pivotal.map((item) => (typeof item === "string" ? item : (text_at(item, "country", "member") ?? ""))).join(", ")}.` : "No single member is pivotal.",
    ),
    h("p", { class: "note" }, "A draft passes with at least 9 votes in favour and no negative vote of a permanent member (UN Charter Art. 27(3)). Figures are computed by the server from the stances above."),
  );
}

/** Draws the Council page; `?year=` picks the council's composition. */
export async function render_council({ main, params }: PageContext): Promise<void> {
  // Without ?year= the server picks the year (the council in office now).
  const asked_year = params.get("year") ?? undefined;
  const scenario = await get<unknown>(api_path(`council/scenarios/${subject}`, { year: asked_year }));
  const listing = scenario.ok ? scenario : await get<unknown>(api_path("council/members", { year: asked_year }));
  const year = asked_year ?? (listing.ok ? String(number_at(listing.data, "year") ?? text_at(listing.data, "year") ?? "") : "");
  const year_picker = h(
    "form",
    { class: "inline-form", onsubmit: (event: Event) => { event.preventDefault(); location.hash = `#/council?year=${(document.getElementById("council-year") as HTMLInputElement).value}`; } },
    h("label", { for: "council-year" }, "Council in year "),
    h("input", { id: "council-year", name: "year", inputmode: "numeric", size: 5, value: year }),
    h("button", { type: "submit", class: "secondary" }, "Show"),
  );
  if (!listing.ok) {
    replace(main, h("h1", {}, "Council and transition"), year_picker, unavailable("The Security Council members", listing.problem));
    return;
  }
  const members = members_of(listing.data);
  const result_box = h("div", { id: "simulation", "aria-live": "polite" });
  const simulate = async () => {
    result_box.setAttribute("aria-busy", "true");
    const body = { subject, year: year ? Number(year) : undefined, stances: Object.fromEntries(members.map((member) => [member.country, member.simulated])) };
    const result = await post<unknown>("/api/v1/council/simulate", body);
    replace(result_box, result.ok ? result_view(result.data) : unavailable("The simulation", result.problem));
    result_box.setAttribute("aria-busy", "false");
    result_box.dataset.runs = String(Number(result_box.dataset.runs ?? "0") + 1);
  };
  const rows = members.map((member) =>
    h(
      "tr",
      { "data-member": member.country },
      h("th", { scope: "row" }, member.name !== member.country ? `${member.name} (${member.country})` : member.country),
      h("td", {}, label(member.seat)),
      h("td", {}, member.stance ? label(member.stance) : "none recorded"),
      h("td", {}, date(member.stance_date)),
      h("td", {}, source_link(member.source_id)),
      h(
        "td",
        {},
        h("label", { class: "visually-hidden", for: `stance-${member.country}` }, `Simulated stance of ${member.name}`),
        h(
          "select",
          {
            id: `stance-${member.country}`,
            "data-member": member.country,
            onchange: (event: Event) => {
              member.simulated = (event.target as HTMLSelectElement).value;
              void simulate();
            },
          },
          stances.map((stance) => h("option", { value: stance, selected: stance === member.simulated }, label(stance))),
        ),
      ),
    ),
  );
  replace(
    main,
    h("h1", {}, "Council and transition"),
    h("p", { class: "lede" }, "Positions of the Security Council's members on turning the mission into a UN peacekeeping operation, as recorded with their sources."),
    year_picker,
    section(
      "members",
      year ? `Members in ${year} (${members.length})` : `Members (${members.length})`,
      members.length === 0
        ? no_data(year ? `council memberships for ${year}` : "council memberships")
        : h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              {},
              h("caption", {}, "Recorded stance and simulated stance of each member"),
              h("thead", {}, h("tr", {}, ["Member", "Seat", "Recorded stance", "Date", "Source", "Simulate"].map((title) => h("th", { scope: "col" }, title)))),
              h("tbody", {}, rows),
            ),
          ),
    ),
    section("simulator", "Would a draft pass?", h("p", { class: "note" }, "Change a member's stance in the last column; the probability is recomputed by the server."), result_box),
  );
  if (members.length > 0) await simulate();
}
