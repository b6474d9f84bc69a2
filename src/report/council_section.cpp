#include "report/council_section.hpp"

#include <algorithm>
#include <optional>

#include "domain/council_scenario.hpp"
#include "domain/council_simulation.hpp"
#include "domain/council_vote.hpp"
#include "report/figure_format.hpp"
#include "report/report_language.hpp"

namespace mssops::report {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

// The resolutions of the mission that carry a vote, oldest first.
std::vector<domain::Resolution> voted(const domain::MissionFacts& facts) {
    std::vector<domain::Resolution> kept;
    for (const auto& resolution : facts.resolutions)
        if (resolution.mission == facts.mission.slug &&
            (resolution.has_recorded_vote() || resolution.unanimous))
            kept.push_back(resolution);
    std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
        return a.adopted.first_day() < b.adopted.first_day();
    });
    return kept;
}

// "15 in favour, none against, none abstaining", counted by the Charter rule against the Council of the
// vote's year when it is stored, else from the record's own lists.
std::string vote_text(const domain::Resolution& resolution,
                      const std::vector<domain::CouncilMembership>& seats) {
    std::string outcome = term(domain::to_text(resolution.outcome));
    std::string unanimous = resolution.unanimous ? tr("council.unanimous") : "";
    auto council = domain::council_in_year(seats, resolution.body, resolution.adopted.year);
    std::optional<domain::VoteTally> tally;
    if (!council.members.empty())
        if (auto votes = domain::recorded_votes(resolution, council)) tally = domain::tally_vote(*votes);
    std::int64_t yes = static_cast<std::int64_t>(resolution.votes_yes.size());
    std::int64_t no = static_cast<std::int64_t>(resolution.votes_no.size());
    std::int64_t abstain = static_cast<std::int64_t>(resolution.votes_abstain.size());
    if (tally) {
        yes = tally->yes;
        no = tally->no;
        abstain = tally->abstain;
    } else if (!resolution.has_recorded_vote()) {
        return outcome + unanimous;
    }
    auto count = [](std::int64_t n) { return n == 0 ? tr("council.none") : format_count(n); };
    return tr("council.vote_counts", {{"outcome", outcome},
                                      {"yes", count(yes)},
                                      {"no", count(no)},
                                      {"abstain", count(abstain)},
                                      {"unanimous", unanimous}});
}

void add_votes(ReportSection& section, const ReportFacts& facts, const ReportPeriod& period,
               FootnoteList& footnotes) {
    std::vector<domain::Resolution> all = voted(facts.mission);
    std::vector<domain::Resolution> shown;
    for (const auto& resolution : all) {
        auto day = resolution.adopted.first_day();
        if (day >= period.from && day <= period.to) shown.push_back(resolution);
    }
    if (shown.empty()) {
        const domain::Resolution* latest = nullptr;
        for (const auto& resolution : all)
            if (resolution.adopted.first_day() <= period.to) latest = &resolution;
        if (!latest) {
            section.statements.push_back(tr("council.no_vote_stored", {{"day", format_day(period.to)}}));
            return;
        }
        section.statements.push_back(tr("council.no_vote_in_period"));
        shown.push_back(*latest);
    }
    for (const auto& resolution : shown) {
        std::string penholders = resolution.penholders.empty()
                                     ? ""
                                     : tr("council.penholders", {{"names", joined(resolution.penholders)}});
        section.figures.push_back({tr("council.vote_on", {{"resolution", resolution.label()},
                                                          {"date", format_date(resolution.adopted)}}),
                                   vote_text(resolution, facts.memberships), penholders,
                                   footnotes.cite_all({resolution.source_id})});
    }
}

FigureTable stance_table(const domain::CouncilScenario& scenario, FootnoteList& footnotes) {
    FigureTable table;
    table.caption = tr("council.stances_caption", {{"day", format_day(scenario.positions_as_of)}});
    table.columns = {tr("column.member"), tr("column.seat"), tr("column.stance"),
                     tr("column.p_yes"),  tr("column.p_no"), tr("column.p_abstain")};
    for (const auto& member : scenario.members) {
        const domain::CouncilMembership* seat = scenario.council.find(member.member);
        table.rows.push_back(
            {{member.member, member.permanent ? tr("council.permanent") : tr("council.elected"),
              say(member.basis_coded, member.basis), format_percent(member.yes), format_percent(member.no),
              format_percent(member.abstain)},
             footnotes.cite_all({member.source_id, seat ? seat->source_id : ""})});
    }
    return table;
}

void add_outlook(ReportSection& section, const ReportFacts& facts, const ReportPeriod& period,
                 FootnoteList& footnotes) {
    int year = static_cast<int>(std::chrono::year_month_day{period.to}.year());
    auto council = domain::council_in_year(facts.memberships, security_council, year);
    std::vector<domain::Position> positions;
    for (const auto& position : facts.mission.positions)
        if (position.mission.empty() || position.mission == facts.mission.mission.slug)
            positions.push_back(position);
    auto scenario = domain::council_scenario(council, positions, domain::transition_subject, period.to);
    if (!scenario) {
        // The one failure real data meets is a council not fully recorded: said in the report language.
        std::string reason = domain::check_security_council(council)
                                 ? scenario.error().message
                                 : say(domain::incomplete_council(council));
        section.statements.push_back(
            tr("council.outlook_unavailable_year", {{"year", std::to_string(year)}, {"reason", reason}}));
        return;
    }
    auto result = domain::simulate_council(scenario->members);
    if (!result) {
        section.statements.push_back(tr("council.outlook_unavailable", {{"reason", result.error().message}}));
        return;
    }
    std::vector<std::string> sources;
    for (const auto& member : scenario->members) sources.push_back(member.source_id);
    for (const auto& seat : council.members) sources.push_back(seat.source_id);
    std::vector<int> cited = footnotes.cite_all(sources);
    section.figures.push_back(
        {tr("council.draft", {{"year", std::to_string(year)}}),
         tr("council.verdict_value", {{"verdict", term(domain::to_text(result->verdict))},
                                      {"probability", format_percent(result->adoption)}}),
         tr("council.verdict_note", {{"reason", say(result->verdict_reason_coded, result->verdict_reason)}}),
         cited});
    section.figures.push_back({tr("council.pivotal"),
                               result->pivotal.empty() ? tr("council.none") : joined(result->pivotal), "",
                               cited});
    section.tables.push_back(stance_table(*scenario, footnotes));
}

}  // namespace

ReportSection council_section(const ReportFacts& facts, const ReportPeriod& period, FootnoteList& footnotes) {
    ReportSection section;
    section.title = tr("section.council");
    add_votes(section, facts, period, footnotes);
    add_outlook(section, facts, period, footnotes);
    return section;
}

}  // namespace mssops::report
