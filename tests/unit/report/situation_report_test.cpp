#include "report/situation_report.hpp"

#include <gtest/gtest.h>

#include "report/report_language.hpp"
#include "unit/report/report_test_facts.hpp"

using namespace mssops;
using report_test::figure;
using report_test::section;

namespace {

std::vector<std::string> footnote_sources(const report::SituationReport& report) {
    std::vector<std::string> keys;
    for (const auto& footnote : report.footnotes) keys.push_back(footnote.source_id);
    return keys;
}

domain::FundingFlow flow(std::string donor, domain::Cents cents, domain::FlowStatus status, const char* day) {
    domain::FundingFlow flow;
    flow.donor = std::move(donor);
    flow.recipient = "trust-fund";
    flow.mission = "mss-test";
    flow.amount = cents;
    flow.currency = "USD";
    flow.status = status;
    flow.date = report_test::date(day);
    flow.source_id = "fts";
    return flow;
}

store::AggregateRow row(const char* week, const char* pcode, const char* unit, std::int64_t events,
                        std::int64_t fatalities) {
    return {week, "", pcode, unit, "Battles", events, fatalities};
}

}  // namespace

TEST(situation_report, is_titled_and_dated_by_its_period) {
    auto report = report_test::article_report();
    EXPECT_EQ(report.title, "Situation report: Test Support Mission (TSM)");
    EXPECT_EQ(report.mission, "mss-test");
    EXPECT_EQ(report.preamble.front(), "Period: 1 October 2024 to 31 December 2024 (92 days).");
    std::vector<std::string> titles;
    for (const auto& part : report.sections) titles.push_back(part.title);
    EXPECT_EQ(titles,
              (std::vector<std::string>{"Strength", "Mandate", "Security Council", "Funding", "Incidents"}));
}

TEST(situation_report, numbers_footnotes_in_the_order_sources_are_first_cited) {
    auto report = report_test::article_report();
    EXPECT_EQ(footnote_sources(report),
              (std::vector<std::string>{"article", "airport-log", "un-press", "charter", "election"}));
    for (std::size_t i = 0; i < report.footnotes.size(); ++i)
        EXPECT_EQ(report.footnotes[i].number, static_cast<int>(i) + 1);
    EXPECT_TRUE(report.footnotes[1].synthetic);
    EXPECT_EQ(report.footnotes[0].text,
              "Example News, \"Mission at 400\", published about November 2024 [source article]");
    EXPECT_EQ(report.footnotes[0].url, "https://news.example/400");
}

TEST(situation_report, gives_the_stated_strength_at_the_period_end_with_its_source) {
    auto report = report_test::article_report();
    const auto& strength = section(report, "Strength");
    const auto& deployed = figure(strength, "Deployed on 31 December 2024");
    EXPECT_EQ(deployed.value, "about 400");
    EXPECT_EQ(deployed.footnotes, (std::vector<int>{1}));
    const auto& stated = figure(strength, "Head count stated by a source");
    EXPECT_EQ(stated.value, "about 400 police, about November 2024");
    EXPECT_EQ(stated.footnotes, (std::vector<int>{1}));
    // On the first day no report was out yet: the arrivals alone give the figure.
    const auto& start = figure(strength, "Deployed on 1 October 2024");
    EXPECT_EQ(start.value, "400");
    EXPECT_EQ(start.footnotes, (std::vector<int>{2}));
}

TEST(situation_report, lists_contingents_by_contributing_country) {
    auto report = report_test::article_report();
    const auto& strength = section(report, "Strength");
    // The contingents by country, then what each contingent's figure rests on.
    ASSERT_EQ(strength.tables.size(), 2u);
    EXPECT_EQ(strength.tables[1].columns,
              (std::vector<std::string>{"Country", "Personnel", "Deployed", "Rule", "Reports and events"}));
    ASSERT_EQ(strength.tables[1].rows.size(), 1u);
    EXPECT_EQ(strength.tables[1].rows[0].cells[0], "KEN");
    const auto& table = strength.tables.front();
    EXPECT_EQ(table.columns,
              (std::vector<std::string>{"Country", "Deployed", "Pledged", "Pledged, not yet deployed"}));
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, (std::vector<std::string>{"KEN", "400", "0", "0"}));
    EXPECT_EQ(table.rows[0].footnotes, (std::vector<int>{2}));
}

TEST(situation_report, sets_the_strength_against_the_target_and_its_forecast) {
    auto report = report_test::article_report();
    const auto& strength = section(report, "Strength");
    EXPECT_EQ(figure(strength, "Target").value, "2,500 police by January 2025");
    EXPECT_EQ(figure(strength, "Target").detail, "Stated on 26 September 2024.");
    EXPECT_EQ(figure(strength, "Progress on 31 December 2024").value,
              "about 400 of 2,500 (16%), 2,100 to go");
    const auto& pace = figure(strength, "Target reached, at the pace of the last 90 days");
    EXPECT_EQ(pace.value, "not reached");
    EXPECT_EQ(pace.detail,
              "Forecast: unreachable at the observed pace: net change of 0 from 2024-10-02 to 2024-12-31.");
    EXPECT_EQ(pace.footnotes, (std::vector<int>{1}));
    EXPECT_EQ(figure(strength, "Shortfall on 31 January 2025").value, "2,100");
}

TEST(situation_report, gives_the_mandate_in_force_its_end_and_days_left) {
    auto report = report_test::article_report();
    const auto& mandate = section(report, "Mandate");
    EXPECT_EQ(figure(mandate, "Resolution in force on 31 December 2024").value,
              "S/RES/2751 (2024), adopted 30 September 2024, extends the mandate");
    EXPECT_EQ(figure(mandate, "Mandate ends").value, "2 October 2025");
    EXPECT_EQ(figure(mandate, "Days left on 31 December 2024").value, "275");
    EXPECT_EQ(figure(mandate, "Next alert: 90 days to expiry").value, "4 July 2025");
    EXPECT_EQ(figure(mandate, "Mandate ends").footnotes, (std::vector<int>{3}));
    EXPECT_EQ(mandate.statements,
              (std::vector<std::string>{
                  "No expiry alert (90, 30 or 7 days before the end) has fired by 31 December 2024."}));
}

TEST(situation_report, fires_the_alerts_crossed_by_the_period_end) {
    auto report = report::build_situation_report(
        report_test::article_facts(),
        {report_test::date("2025-08-01").first_day(), report_test::date("2025-09-10").first_day()});
    ASSERT_TRUE(report);
    const auto& alert = figure(section(*report, "Mandate"), "Alert: 90 days to expiry");
    EXPECT_EQ(alert.value, "since 4 July 2025");
    EXPECT_EQ(figure(section(*report, "Mandate"), "Alert: 30 days to expiry").value,
              "since 2 September 2025");
}

TEST(situation_report, shows_the_latest_vote_when_none_fell_in_the_period) {
    auto report = report_test::article_report();
    const auto& council = section(report, "Security Council");
    EXPECT_EQ(council.statements.front(),
              "No vote on this mission was recorded in the period; the latest before its end is shown.");
    const auto& vote = figure(council, "Vote on S/RES/2751 (2024), 30 September 2024");
    EXPECT_EQ(vote.value, "adopted: 15 in favour, none against, none abstaining (unanimous)");
    EXPECT_EQ(vote.detail, "Penholders: USA, ECU.");
    EXPECT_EQ(vote.footnotes, (std::vector<int>{3}));
}

TEST(situation_report, computes_the_transition_outlook_from_stored_positions) {
    auto report = report_test::article_report();
    const auto& council = section(report, "Security Council");
    const auto& outlook = figure(council, "Draft to turn the mission into a UN peacekeeping operation");
    EXPECT_EQ(outlook.label,
              "Draft to turn the mission into a UN peacekeeping operation, before the Council of 2024");
    EXPECT_EQ(outlook.value, "vetoed, adoption probability 0%");
    EXPECT_EQ(outlook.footnotes, (std::vector<int>{1, 4, 5}));
    ASSERT_EQ(council.tables.size(), 1u);
    const auto& china = council.tables[0].rows[0];
    EXPECT_EQ(china.cells[0], "CHN");
    EXPECT_EQ(china.cells[2], "opposes (position chn-opposes, 2024-11-07)");
    EXPECT_EQ(china.cells[4], "100%");
    EXPECT_EQ(china.footnotes, (std::vector<int>{1, 4}));
}

TEST(situation_report, says_why_there_is_no_outlook_without_a_whole_council) {
    auto facts = report_test::article_facts();
    facts.memberships.resize(3);
    auto report = report::build_situation_report(facts, report_test::fourth_quarter_2024());
    ASSERT_TRUE(report);
    const auto& council = section(*report, "Security Council");
    EXPECT_EQ(council.statements.back().rfind("The outlook of a transition cannot be computed for 2024: ", 0),
              0u)
        << council.statements.back();
    EXPECT_TRUE(council.tables.empty());
}

TEST(situation_report, says_plainly_that_no_funding_and_no_incidents_are_stored) {
    auto report = report_test::article_report();
    EXPECT_EQ(section(report, "Funding").statements,
              (std::vector<std::string>{"No funding flows and no expenditures are stored for this mission: "
                                        "pledged, paid, gap and runway cannot be given."}));
    EXPECT_TRUE(section(report, "Funding").figures.empty());
    EXPECT_EQ(section(report, "Incidents").statements,
              (std::vector<std::string>{
                  "No incidents are stored in the mission's host country: events and "
                  "fatalities cannot be given. Import them with \"mssops incidents import\"."}));
}

TEST(situation_report, gives_pledged_paid_gap_and_runway_at_the_period_end) {
    auto facts = report_test::article_facts();
    facts.sources.emplace("fts",
                          report_test::source("fts", "OCHA FTS", "Flows", "https://fts.example", nullptr));
    facts.funding.flows = {flow("USA", 10'000'000'000, domain::FlowStatus::paid, "2024-10-15"),
                           flow("CAN", 5'000'000'000, domain::FlowStatus::pledged, "2024-11-01"),
                           flow("FRA", 1'000'000'000, domain::FlowStatus::paid, "2025-02-01")};
    facts.funding.spending = {
        {"mss-test", std::chrono::year{2024} / std::chrono::November, "personnel", 1'000'000'000},
        {"mss-test", std::chrono::year{2024} / std::chrono::December, "personnel", 2'000'000'000}};
    facts.funding.spending_sources = {"fts", "fts"};
    auto report = report::build_situation_report(facts, report_test::fourth_quarter_2024());
    ASSERT_TRUE(report) << report.error().message;
    const auto& funding = section(*report, "Funding");
    // The flow of February 2025 is after the period and left out.
    EXPECT_EQ(figure(funding, "Promised in all").value, "USD 150,000,000.00");
    EXPECT_EQ(figure(funding, "Paid").value, "USD 100,000,000.00");
    EXPECT_EQ(figure(funding, "Gap: promised, not yet paid").value, "USD 50,000,000.00");
    EXPECT_EQ(figure(funding, "Spent").value, "USD 30,000,000.00");
    EXPECT_EQ(figure(funding, "Cash on hand").value, "USD 70,000,000.00");
    EXPECT_EQ(figure(funding, "Monthly burn").value, "USD 15,000,000.00");
    EXPECT_EQ(figure(funding, "Runway").value, "4.7 months");
    EXPECT_EQ(figure(funding, "Cost per deployed officer and month").value, "USD 37,500.00");
    int fts = figure(funding, "Paid").footnotes.at(0);
    EXPECT_EQ(report->footnotes.at(static_cast<std::size_t>(fts) - 1).source_id, "fts");
    ASSERT_EQ(funding.tables.size(), 1u);
    EXPECT_EQ(funding.tables[0].rows[0].cells,
              (std::vector<std::string>{"USA", "USD 0.00", "USD 0.00", "USD 100,000,000.00", "USD 0.00"}));
}

TEST(situation_report, counts_incidents_by_department_and_week_against_the_previous_period) {
    auto facts = report_test::article_facts();
    facts.incidents.stored = 100;
    facts.incidents.period = {row("2024-W40", "HT01", "Ouest", 5, 7), row("2024-W41", "HT01", "Ouest", 2, 0),
                              row("2024-W41", "HT05", "Artibonite", 3, 4),
                              row("2024-W41", "", "Ouest", 1, 1)};
    facts.incidents.previous = {row("2024-W39", "HT01", "Ouest", 4, 2)};
    facts.incidents.source_ids = {"article"};
    facts.incidents.without_source = 2;
    report::ReportPeriod period{report_test::date("2024-10-01").first_day(),
                                report_test::date("2024-10-14").first_day()};
    auto report = report::build_situation_report(facts, period);
    ASSERT_TRUE(report);
    const auto& incidents = section(*report, "Incidents");
    EXPECT_EQ(figure(incidents, "Events").value, "11");
    EXPECT_EQ(figure(incidents, "Events").detail, "Previous period: 4; change +7 (+175%).");
    EXPECT_EQ(figure(incidents, "Fatalities").value, "12");
    // The article is cited, and a note for the events that name no source.
    const auto& cited = figure(incidents, "Events").footnotes;
    ASSERT_EQ(cited.size(), 2u);
    EXPECT_EQ(report->footnotes.at(static_cast<std::size_t>(cited[0]) - 1).source_id, "article");
    EXPECT_EQ(report->footnotes.at(static_cast<std::size_t>(cited[1]) - 1).source_id, "");

    ASSERT_EQ(incidents.tables.size(), 2u);
    const auto& departments = incidents.tables[0];
    // The event outside every stored boundary counts with the department its source names.
    ASSERT_EQ(departments.rows.size(), 2u);
    EXPECT_EQ(departments.rows[0].cells, (std::vector<std::string>{"Ouest (HT01)", "8", "8", "4", "2"}));
    EXPECT_EQ(departments.rows[1].cells, (std::vector<std::string>{"Artibonite (HT05)", "3", "4", "0", "0"}));
    const auto& weeks = incidents.tables[1];
    ASSERT_EQ(weeks.rows.size(), 3u);
    EXPECT_EQ(weeks.rows[0].cells,
              (std::vector<std::string>{"2024-W40 (from 30 September 2024)", "6", "5", "7"}));
    EXPECT_EQ(weeks.rows[1].cells,
              (std::vector<std::string>{"2024-W41 (from 7 October 2024)", "7", "6", "5"}));
    EXPECT_EQ(weeks.rows[2].cells,
              (std::vector<std::string>{"2024-W42 (from 14 October 2024)", "1", "0", "0"}));
}

TEST(situation_report, rests_every_figure_and_row_on_a_footnote_it_lists) {
    auto report = report_test::article_report();
    for (const auto& part : report.sections) {
        for (const auto& item : part.figures) {
            EXPECT_FALSE(item.footnotes.empty()) << item.label;
            for (int number : item.footnotes) {
                EXPECT_GE(number, 1) << item.label;
                EXPECT_LE(number, static_cast<int>(report.footnotes.size())) << item.label;
            }
        }
        for (const auto& table : part.tables)
            for (const auto& line : table.rows) EXPECT_FALSE(line.footnotes.empty()) << table.caption;
    }
}

TEST(situation_report, in_french_labels_the_council_funding_and_incident_sections_in_french) {
    auto facts = report_test::article_facts();
    facts.incidents.stored = 10;
    facts.incidents.period = {row("2024-W40", "HT01", "Ouest", 5, 7)};
    facts.incidents.source_ids = {"article"};
    facts.sources.emplace("fts",
                          report_test::source("fts", "OCHA FTS", "Flows", "https://fts.example", nullptr));
    facts.funding.flows = {flow("USA", 10'000'000'000, domain::FlowStatus::paid, "2024-10-15")};
    facts.funding.spending = {
        {"mss-test", std::chrono::year{2024} / std::chrono::November, "personnel", 1'000'000'000}};
    facts.funding.spending_sources = {"fts"};
    report::ReportLanguageScope french("fr");
    auto report = report::build_situation_report(facts, report_test::fourth_quarter_2024());
    ASSERT_TRUE(report) << report.error().message;

    const auto& council = section(*report, report::tr("section.council"));
    EXPECT_EQ(
        council.statements.front(),
        "Aucun vote sur cette mission n’a été enregistré pendant la période ; le dernier avant sa fin est "
        "indiqué.");
    const auto& vote = figure(council, "Vote sur S/RES/2751 (2024)");
    EXPECT_EQ(vote.detail, "Porte-plume : USA, ECU.");
    EXPECT_EQ(vote.value.rfind("adoptée : 15 pour", 0), 0u) << vote.value;
    const auto& outlook = figure(council, "Projet de transformation de la mission");
    EXPECT_EQ(outlook.value.rfind("bloquée par un veto, probabilité d’adoption", 0), 0u) << outlook.value;
    // The verdict's reason is the server's sentence, said from the report catalog by its code.
    EXPECT_EQ(outlook.detail.rfind("Verdict : le membre permanent CHN vote non avec certitude", 0), 0u)
        << outlook.detail;
    ASSERT_EQ(council.tables.size(), 1u);
    EXPECT_EQ(council.tables[0].columns[0], "Membre");

    const auto& funding = section(*report, report::tr("section.funding"));
    EXPECT_EQ(figure(funding, "Promis au total").label, "Promis au total (annoncé, engagé et versé)");
    EXPECT_EQ(figure(funding, "Autonomie").label, "Autonomie");
    ASSERT_EQ(funding.tables.size(), 1u);
    EXPECT_EQ(funding.tables[0].caption, "Par donateur");

    const auto& incidents = section(*report, report::tr("section.incidents"));
    EXPECT_EQ(figure(incidents, "Événements").detail.rfind("Période précédente : 0 ; variation", 0), 0u)
        << figure(incidents, "Événements").detail;
    ASSERT_EQ(incidents.tables.size(), 2u);
    EXPECT_EQ(incidents.tables[0].caption, "Par département (adm1), à côté de la période précédente");
    EXPECT_EQ(incidents.tables[1].columns[1], "Jours dans la période");
    EXPECT_NE(report::tr("section.council"), "Security Council");
}
