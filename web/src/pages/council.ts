// Council and transition: the 15 members' recorded stances on a transition to a UN peacekeeping
// operation, and a simulator: the server turns each stance into vote probabilities (its stated
// assumptions) and computes the exact adoption probability and veto risk.

import { api_path, get, post, type Outcome } from "../api";
import { download_menu } from "../download";
import { h, replace, section } from "../dom";
import { date, label, share, tenths } from "../format";
import { no_data, unavailable } from "../notice";
import type { PageContext } from "../page";
import { source_link } from "../source_link";
import { table } from "../table";
import { t } from "../i18n";
import { server_text } from "../server_message";
import type { CouncilMembers, CouncilSimulation, DraftSimulation, MemberStance, MissionMandate, ResolutionVoteCheck, ResponseOf } from "../generated/api";

const subject = "transition_to_un_pko";

interface Member {
  country: string;
  permanent: boolean;
  seat: string;
  term: string;
  stance: string; // The recorded stance, or "no_position".
  stance_date: string;
  position_key: string;
  source_id: string;
  simulated: string;
}

/** "opposes (position chn-2024-11, 2024-11~)" -> stance, position key, date. */
function parse_basis(basis: string): { stance: string; key: string; date: string } {
  const match = /^(\w+) \(position ([^,]+), ([^)]+)\)$/.exec(basis);
  return match ? { stance: match[1], key: match[2], date: match[3] } : { stance: "no_position", key: "", date: "" };
}

// Typed from the server's OpenAPI document (src/generated/api.ts): a renamed field fails the build.
function members_of(scenario: CouncilSimulation, council: CouncilMembers | undefined): Member[] {
  const seats = new Map((council?.members ?? []).map((seat) => [seat.country, seat]));
  return scenario.members.flatMap((row) => {
    const country = row.member;
    if (!country) return [];
    const seat = seats.get(country);
    const basis = parse_basis(row.basis);
    const permanent = row.permanent;
    const term_end = seat?.term_end;
    return [
      {
        country,
        permanent,
        seat: seat?.seat || (permanent ? "permanent" : "elected"),
        term: term_end ? `${seat?.term_start}–${term_end}` : "",
        stance: basis.stance,
        stance_date: basis.date,
        position_key: basis.key,
        source_id: row.source_id ?? "",
        simulated: basis.stance,
      },
    ];
  });
}

/** The outcome of a simulated draft: the scenario's own, or simulate's for stances changed on the page. */
function result_view(result: CouncilSimulation | DraftSimulation, changed: boolean): HTMLElement {
  const adoption = result.adoption_probability;
  const veto = result.veto_probability;
  const expected = result.expected_yes;
  const pivotal = result.pivotal;
  const vetoers = result.certain_vetoers;
  if (!Number.isFinite(adoption)) return no_data(t("council.simulation_result"));
  return h(
    "div",
    {},
    h(
      "div",
      { class: "stats" },
      h("div", { class: "stat", id: "adoption-probability", "data-value": String(adoption) }, h("p", { class: "stat-title" }, t("council.adoption_probability")), h("p", { class: "stat-value" }, share(adoption))),
      h("div", { class: "stat", id: "veto-risk", "data-value": String(veto) }, h("p", { class: "stat-title" }, t("council.veto_risk")), h("p", { class: "stat-value" }, share(veto)), h("p", { class: "stat-detail" }, t("council.9_or_more_in_favour"))),
      !Number.isFinite(expected) ? null : h("div", { class: "stat" }, h("p", { class: "stat-title" }, t("council.expected_votes_in_favour")), h("p", { class: "stat-value" }, tenths(expected))),
    ),
    h("p", { id: "verdict" }, t("council.verdict", { basis: changed ? t("council.with_the_stances_changed") : t("council.on_the_recorded_positions"), verdict: label(result.verdict), reason: result.verdict_reason ? ` — ${server_text(result, "verdict_reason")}` : "" })),
    h(
      "p",
      { class: "note", id: "pivotal" },
      pivotal.length ? t("council.pivotal_members_whose_vote_changes", { v0: pivotal.join(", ") }) : t("council.no_member_is_pivotal"),
      vetoers.length ? t("council.certain_vetoes_v0", { v0: vetoers.join(", ") }) : "",
    ),
  );
}

function assumptions_note(assumptions: CouncilSimulation["assumptions"] | undefined): HTMLElement | null {
  if (!assumptions) return null;
  const rows = Object.entries(assumptions).map(([stance, p]) => t("council.assumption", { stance: label(stance), yes: share(p.yes), no: share(p.no), abstain: share(p.abstain) }));
  return h(
    "details",
    { class: "data-table" },
    h("summary", {}, t("council.how_a_stance_becomes_a")),
    h("ul", {}, rows.map((row) => h("li", {}, row))),
    h("p", { class: "note" }, t("council.a_draft_passes_with_at")),
  );
}

/** Each recorded vote with the Charter check (Art. 27(3)): what the votes give, and whether it agrees. */
function recorded_votes_section(mandate: Outcome<MissionMandate> | null): HTMLElement {
  const title = t("council.recorded_votes_checked_against_the");
  if (!mandate) return section("recorded-votes", title, no_data(t("council.a_mission_whose_resolutions_to")));
  if (!mandate.ok) return section("recorded-votes", title, unavailable(t("council.recorded_votes"), mandate.problem));
  const votes = mandate.data.recorded_votes;
  // A vote the server could not count carries only its problem (UncountedVote): no tallies to show.
  const tally = (vote: ResolutionVoteCheck, side: "yes" | "no" | "abstain"): string => ("problem" in vote ? "–" : String(vote[side]));
  const check = (vote: ResolutionVoteCheck): string =>
    "problem" in vote ? server_text(vote, "problem") : `${vote.agrees_with_record ? t("council.agrees") : t("council.disagrees")}: ${server_text(vote, "reason")}`;
  return section(
    "recorded-votes",
    title,
    h("p", { class: "note" }, t("council.un_charter_art_27_3")),
    votes.length === 0
      ? no_data(t("council.recorded_votes_2"))
      : table(
          t("council.recorded_votes_and_the_charter"),
          votes,
          [
            { title: t("council.resolution"), value: (vote) => vote.label },
            { title: t("council.date"), value: (vote) => date(vote.adopted) },
            { title: t("council.recorded_outcome"), value: (vote) => label(vote.recorded_outcome) },
            { title: t("council.yes"), value: (vote) => tally(vote, "yes"), numeric: true },
            { title: t("council.no"), value: (vote) => tally(vote, "no"), numeric: true },
            { title: t("council.abstain"), value: (vote) => tally(vote, "abstain"), numeric: true },
            { title: t("council.charter_check"), value: (vote) => check(vote) },
            { title: t("council.source"), value: (vote) => source_link(vote.source_id) },
          ],
          (vote) => ({ "data-resolution": vote.resolution }),
        ),
  );
}

/** Draws the Council page; `?year=` picks the council's composition (the server's default is this year). */
export async function render_council({ main, params, mission }: PageContext): Promise<void> {
  const asked_year = params.get("year") ?? undefined;
  const load = (year: string | undefined) =>
    Promise.all([
      get<CouncilSimulation>(api_path(`council/scenarios/${subject}`, { year })),
      get<CouncilMembers>(api_path("council/members", { year })),
    ]);
  const mandate_request = mission ? get<MissionMandate>(`/api/v1/missions/${encodeURIComponent(mission.slug)}/mandate`) : Promise.resolve(null);
  let [scenario, council] = await load(asked_year);
  const mandate = await mandate_request;
  let fallback_note: string | null = null;
  // Without a year the server takes this year; when that council is not fully recorded yet, show the
  // latest earlier year that is, and say so.
  if (!asked_year && !scenario.ok && council.ok && council.data.complete === false) {
    const this_year: number | undefined = council.data.year;
    for (let back = 1; this_year !== undefined && back <= 3; ++back) {
      const [earlier_scenario, earlier_council] = await load(String(this_year - back));
      if (!earlier_scenario.ok) continue;
      fallback_note = t("council.the_council_of_this_year", { this_year, problem: council.data.problem || t("council.members_missing"), v2: this_year - back });
      [scenario, council] = [earlier_scenario, earlier_council];
      break;
    }
  }
  const year = asked_year ?? (scenario.ok ? String(scenario.data.year) : council.ok ? String(council.data.year) : "");
  const year_picker = h(
    "form",
    {
      class: "inline-form",
      onsubmit: (event: Event) => {
        event.preventDefault();
        location.hash = `#/council?year=${encodeURIComponent((document.getElementById("council-year") as HTMLInputElement).value)}`;
      },
    },
    h("label", { for: "council-year" }, t("council.council_of_the_year")),
    h("input", { id: "council-year", name: "year", inputmode: "numeric", size: 5, value: year }),
    h("button", { type: "submit", class: "secondary" }, t("council.show")),
  );
  const heading = [h("h1", {}, t("council.council_and_transition")), h("p", { class: "lede" }, t("council.security_council_members_positions_on")), year_picker];
  const incomplete = council.ok && council.data.complete === false ? server_text(council.data, "problem") : undefined;
  if (!scenario.ok) {
    // A council not fully recorded is why the scenario fails: the council answer gives that reason as a code,
    // so it is said in the reader's language rather than as the scenario's English problem.
    const same_reason = incomplete !== undefined && council.ok && (scenario.problem.detail ?? "").endsWith(council.data.problem ?? "\u0000");
    const why = same_reason
      ? h("p", { class: "notice", role: "status", "data-state": "unavailable" }, t("notice.what_is_not_available_detail", { what: t("council.the_transition_scenario"), detail: incomplete }))
      : unavailable(t("council.the_transition_scenario"), scenario.problem);
    replace(main, ...heading, incomplete ? h("p", { class: "notice" }, t("council.the_council_of_year_is", { year, incomplete })) : null, why, recorded_votes_section(mandate));
    return;
  }
  const assumptions: CouncilSimulation["assumptions"] | undefined = scenario.data.assumptions;
  const members = members_of(scenario.data, council.ok ? council.data : undefined);
  const result_box = h("div", { id: "simulation", "aria-live": "polite", "data-runs": "0" }, result_view(scenario.data, false));
  const choices = Object.keys(assumptions ?? {});
  // Each change of a stance sends a request; answers can come back out of order, so only the answer to
  // the latest request is drawn, and an older one arriving after it is dropped.
  let latest_request = 0;
  const simulate = async () => {
    const request = ++latest_request;
    result_box.setAttribute("aria-busy", "true");
    const body = {
      members: members.map((member) => {
        const p: MemberStance | undefined = (assumptions as Record<string, MemberStance> | undefined)?.[member.simulated] ?? assumptions?.no_position;
        return { member: member.country, permanent: member.permanent, yes: p?.yes ?? 0, no: p?.no ?? 0, abstain: p?.abstain ?? 0 };
      }),
    };
    const result = await post<ResponseOf["POST /api/v1/council/simulate"]>("/api/v1/council/simulate", body);
    if (request !== latest_request) return;
    const changed = members.some((member) => member.simulated !== member.stance);
    replace(result_box, result.ok ? result_view(result.data, changed) : unavailable(t("council.the_simulation"), result.problem));
    result_box.setAttribute("aria-busy", "false");
    // The number of the request whose answer is shown: after n changes it reads n once the answer to
    // the last one is drawn, whatever order the answers came in.
    result_box.dataset.runs = String(request);
  };
  const rows = members.map((member) =>
    h(
      "tr",
      { "data-member": member.country },
      h("th", { scope: "row" }, member.country),
      h("td", {}, label(member.seat), member.term ? h("span", { class: "note" }, ` ${member.term}`) : null),
      h("td", { class: `stance stance-${member.stance}` }, member.stance === "no_position" ? t("council.none_recorded") : label(member.stance)),
      h("td", {}, date(member.stance_date)),
      h("td", {}, source_link(member.source_id)),
      h(
        "td",
        {},
        h("label", { class: "visually-hidden", for: `stance-${member.country}` }, t("council.simulated_stance_of_country", { country: member.country })),
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
          choices.map((stance) => h("option", { value: stance, selected: stance === member.simulated }, stance === "no_position" ? t("council.no_position") : label(stance))),
        ),
      ),
    ),
  );
  replace(
    main,
    ...heading,
    fallback_note ? h("p", { class: "notice", id: "council-year-note" }, fallback_note) : null,
    incomplete ? h("p", { class: "notice" }, t("council.the_council_of_year_is", { year, incomplete })) : null,
    section(
      "members",
      t("council.members_in_year_length", { year, length: members.length }),
      download_menu("members-download", "council/members", { year }),
      scenario.data.positions_as_of ? h("p", { class: "note" }, t("council.positions_as_recorded_on_positions", { positions_as_of: date(scenario.data.positions_as_of) })) : null,
      members.length === 0
        ? no_data(t("council.council_members_for_year", { year }))
        : h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              {},
              h("caption", {}, t("council.recorded_stance_on_a_transition")),
              h("thead", {}, h("tr", {}, [t("council.member"), t("council.seat"), t("council.recorded_stance"), t("council.date"), t("council.source"), t("council.simulate")].map((title) => h("th", { scope: "col" }, title)))),
              h("tbody", {}, rows),
            ),
          ),
    ),
    section("simulator", t("council.would_a_draft_pass"), h("p", { class: "note" }, t("council.change_a_member_s_stance")), result_box, assumptions_note(assumptions)),
    recorded_votes_section(mandate),
  );
}
