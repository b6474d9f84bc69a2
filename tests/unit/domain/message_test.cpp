#include "domain/message.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>
#include <sstream>

#include "domain/claim_conflict.hpp"
#include "domain/strength_evidence.hpp"

using namespace mssops::domain;

namespace {

struct Case {
    Message message;
    std::string english;  // The sentence the server wrote before messages had codes.
};

// One case per code (two where a select changes the words), each with the English text as it was
// written by hand before the codes existed.
std::vector<Case> cases() {
    return {
        {message("text").with("text", "a sentence known only in words"), "a sentence known only in words"},
        {message("age.today"), "today"},
        {message("age.yesterday"), "yesterday"},
        {message("age.days").with("count", "12"), "12 days ago"},
        {message("age.months").with("count", "22"), "22 months ago"},
        {message("age.years").with("count", "3"), "3 years ago"},
        {message("evidence.none")
             .with("figure", "strength")
             .with("noun", "deployment figure")
             .with("at", "2026-12-06"),
         "no deployment figure is recorded on or before 2026-12-06"},
        {message("evidence.stale")
             .with("noun", "deployment figure")
             .with("approximate", "no")
             .with("date", "2025-02-06")
             .with("age", message("age.months").with("count", "22")),
         "the newest deployment figure is from 2025-02-06, 22 months ago"},
        {message("evidence.stale")
             .with("noun", "funding flow")
             .with("approximate", "yes")
             .with("date", "2024-11")
             .with("age", message("age.years").with("count", "2")),
         "the newest funding flow is from about 2024-11, 2 years ago"},
        {message("conflict.mission_strength").with("personnel", "police").with("date", "2025-02-06"),
         "mission police strength on 2025-02-06"},
        {message("conflict.contingent_strength")
             .with("country", "KEN")
             .with("personnel", "police")
             .with("date", "2025-02-06"),
         "KEN police strength on 2025-02-06"},
        {message("conflict.movement")
             .with("country", "KEN")
             .with("personnel", "police")
             .with("kind", "arrived")
             .with("date", "2024-06-25"),
         "KEN police arrived around 2024-06-25"},
        {message("conflict.rule.claims"), claim_rule},
        {message("conflict.rule.movement"), movement_rule},
        {message("forecast.already_reached").with("current", "2500").with("target", "2500"),
         "already reached: 2500 of 2500"},
        {message("forecast.no_pace_after")
             .with("from", "2025-09-07")
             .with("to", "2025-12-06")
             .with("approximate", "yes")
             .with("last", "2024-11"),
         "no deployment figure after about 2024-11, so no pace can be measured from 2025-09-07 to 2025-12-06 "
         "and nothing is forecast"},
        {message("forecast.no_figure").with("at", "2025-12-06"),
         "no deployment figure is recorded on or before 2025-12-06, so nothing is forecast"},
        {message("forecast.unreachable")
             .with("from", "2025-09-07")
             .with("to", "2025-12-06")
             .with("net_change", "-20"),
         "unreachable at the observed pace: net change of -20 from 2025-09-07 to 2025-12-06"},
        {message("forecast.pace")
             .with("from", "2025-09-07")
             .with("to", "2025-12-06")
             .with("net_change", "90")
             .with("window_days", "90")
             .with("remaining", "100")
             .with("needed", "100"),
         "net 90 from 2025-09-07 to 2025-12-06 (90 days); 100 more take 100 days at that pace"},
        {message("pledges.already_reached"), "already reached"},
        {message("pledges.unreachable")
             .with("current", "1000")
             .with("outstanding", "200")
             .with("attainable", "1200")
             .with("short", "1300")
             .with("target", "2500"),
         "unreachable on pledges alone: 1000 deployed and 200 outstanding pledged make 1200, 1300 short of "
         "the "
         "target of 2500"},
        {message("pledges.reached").with("reached_on", "2026-03-01").with("overdue", "0"),
         "reached on 2026-03-01 if every outstanding pledge arrives on its date"},
        {message("pledges.reached").with("reached_on", "2026-03-01").with("overdue", "150"),
         "reached on 2026-03-01 if every outstanding pledge arrives on its date (150 overdue pledged assumed "
         "to "
         "arrive at once)"},
        {message("vote.failed").with("yes", "8").with("no", "0").with("abstain", "7").with("threshold", "9"),
         "failed: 8 in favour, 0 against, 7 abstaining; 9 votes in favour needed"},
        {message("vote.vetoed").with("yes", "13").with("no", "1").with("abstain", "1").with("vetoers", "RUS"),
         "vetoed: 13 in favour, 1 against, 1 abstaining; negative vote of permanent member RUS"},
        {message("vote.adopted").with("yes", "13").with("no", "0").with("abstain", "2"),
         "adopted: 13 in favour, 0 against, 2 abstaining; no negative vote of a permanent member"},
        {message("council.certain_veto").with("several", "no").with("vetoers", "RUS").with("threshold", "9"),
         "permanent member RUS votes no with certainty: the draft cannot be adopted and is vetoed if it "
         "reaches 9 votes in favour (UN Charter Art. 27(3))"},
        {message("council.certain_veto")
             .with("several", "yes")
             .with("vetoers", "CHN, RUS")
             .with("threshold", "9"),
         "permanent members CHN, RUS vote no with certainty: the draft cannot be adopted and is vetoed if it "
         "reaches 9 votes in favour (UN Charter Art. 27(3))"},
        {message("council.incomplete")
             .with("body", "unsc")
             .with("year", "2027")
             .with("permanent", "5")
             .with("elected", "5"),
         "expected 5 permanent and 10 elected members of unsc in 2027, got 5 permanent and 5 elected"},
        {message("council.most_probable").with("verdict", "adopted").with("probability", "0.75"),
         "most probable outcome: adopted (probability 0.75)"},
        {message("alert.mandate_expiry.title").with("mission", "MSS").with("days", "7"),
         "Mandate of MSS ends in 7 days"},
        {message("alert.mandate_expiry.detail")
             .with("label", "S/RES/2751")
             .with("end", "2025-10-02")
             .with("days", "7")
             .with("today", "2025-09-25"),
         "S/RES/2751 runs to 2025-10-02: 7 days remaining on 2025-09-25."},
        {message("alert.target_missed.title")
             .with("target", "2500")
             .with("personnel", "police")
             .with("by", "2025-03"),
         "Target of 2500 police by 2025-03 missed"},
        {message("alert.target_missed.detail")
             .with("target", "2500")
             .with("personnel", "police")
             .with("by", "2025-03")
             .with("shortfall", "1500")
             .with("due", "2025-03-31"),
         "The target of 2500 police by 2025-03 was missed: 1500 short on 2025-03-31."},
        {message("alert.target_late.title")
             .with("target", "2500")
             .with("personnel", "all")
             .with("by", "2026"),
         "Target of 2500 all by 2026 forecast late"},
        {message("alert.target_late.detail")
             .with("target", "2500")
             .with("personnel", "all")
             .with("by", "2026")
             .with("reached_on", "never")
             .with("due", "2026-12-31")
             .with("reason", message("forecast.no_figure").with("at", "2025-12-06")),
         "At the observed pace the target of 2500 all by 2026 is reached not at all, after its due date "
         "2026-12-31: no deployment figure is recorded on or before 2025-12-06, so nothing is forecast"},
        {message("alert.target_late.detail")
             .with("target", "2500")
             .with("personnel", "all")
             .with("by", "2026")
             .with("reached_on", "2027-02-01")
             .with("due", "2026-12-31")
             .with("reason", message("pledges.already_reached")),
         "At the observed pace the target of 2500 all by 2026 is reached on 2027-02-01, after its due date "
         "2026-12-31: already reached"},
        {message("mandate.expiry")
             .with("end", "2025-10-02")
             .with("label", "S/RES/2743 (2024)")
             .with("remaining", "25")
             .with("threshold", "30"),
         "mandate ends 2025-10-02 (S/RES/2743 (2024)): 25 days remaining, within the 30-day alert"},
        {message("mandate.lapsed")
             .with("since", "2025-10-03")
             .with("label", "S/RES/2743 (2024)")
             .with("end", "2025-10-02"),
         "no mandate in force since 2025-10-03: S/RES/2743 (2024) ran to 2025-10-02"},
        {message("mandate.gap")
             .with("from", "2024-10-03")
             .with("to", "2024-10-05")
             .with("days", "3")
             .with("after", "S/RES/2699 (2023)")
             .with("before", "S/RES/2751 (2024)"),
         "no mandate from 2024-10-03 to 2024-10-05 (3 days) between S/RES/2699 (2023) and S/RES/2751 (2024)"},
        {message("mandate.succeeded_by")
             .with("article", "yes")
             .with("successor", "Gang Suppression Force in Haiti")
             .with("resolution", "yes")
             .with("label", "S/RES/2793 (2025)")
             .with("adopted", "2025-09-30")
             .with("vote", "12-0-3")
             .with("against", "none")
             .with("abstaining", "China, Pakistan and Russia"),
         "succeeded by the Gang Suppression Force in Haiti (S/RES/2793 (2025)), adopted on 2025-09-30 by "
         "12-0-3, "
         "China, Pakistan and Russia abstaining"},
        {message("mandate.succeeded_by")
             .with("article", "no")
             .with("successor", "The Successor Force")
             .with("resolution", "yes")
             .with("label", "S/RES/9999 (2030)")
             .with("adopted", "2030-01")
             .with("vote", "13-2-0")
             .with("against", "Ruritania and Freedonia")
             .with("abstaining", "none"),
         "succeeded by The Successor Force (S/RES/9999 (2030)), adopted on 2030-01 by 13-2-0, Ruritania and "
         "Freedonia against"},
        {message("mandate.succeeded_by")
             .with("article", "yes")
             .with("successor", "Successor Force")
             .with("resolution", "yes")
             .with("label", "S/RES/9999 (2030)")
             .with("adopted", "2030-01-15")
             .with("vote", "none")
             .with("against", "none")
             .with("abstaining", "none"),
         "succeeded by the Successor Force (S/RES/9999 (2030)), adopted on 2030-01-15"},
        {message("mandate.succeeded_by")
             .with("article", "yes")
             .with("successor", "Successor Force")
             .with("resolution", "no")
             .with("from", "2030-02"),
         "succeeded by the Successor Force from 2030-02"},
        {message("mandate.succeeded_by")
             .with("article", "yes")
             .with("successor", "Successor Force")
             .with("resolution", "no")
             .with("from", "none"),
         "succeeded by the Successor Force"},
        {message("mandate.next_alert").with("threshold", "90").with("fires_on", "2025-07-04"),
         "the 90-day alert fires on 2025-07-04"},
        {message("resolution.label")
             .with("symbol", "S/RES/2751 (2024)")
             .with("number", "2751")
             .with("key", "k"),
         "S/RES/2751 (2024)"},
        {message("resolution.label").with("symbol", "none").with("number", "2751").with("key", "k"),
         "resolution 2751"},
        {message("resolution.label").with("symbol", "none").with("number", "none").with("key", "syn-res"),
         "syn-res"},
        {message("mission.succeeded")
             .with("mission", "Multinational Security Support Mission")
             .with("succession", message("mandate.succeeded_by")
                                     .with("article", "yes")
                                     .with("successor", "Successor Force")
                                     .with("resolution", "no")
                                     .with("from", "2030-02")),
         "Multinational Security Support Mission was succeeded by the Successor Force from 2030-02"},
        {message("target.missed")
             .with("target", "2500")
             .with("personnel", "all")
             .with("by", "2025-03")
             .with("shortfall", "1500")
             .with("due", "2025-03-31"),
         "target of 2500 all by 2025-03 missed: 1500 short on 2025-03-31"},
        {message("target.at_risk")
             .with("target", "2500")
             .with("personnel", "police")
             .with("by", "2026")
             .with("reason", message("forecast.unreachable")
                                 .with("net_change", "-40")
                                 .with("from", "2026-06-01")
                                 .with("to", "2026-12-01")),
         "target of 2500 police by 2026 not met by its date at the observed pace: unreachable at the "
         "observed "
         "pace: net change of -40 from 2026-06-01 to 2026-12-01"},
        {message("strength.contingent.report")
             .with("key", "ken-2024-11")
             .with("date", "2024-11-08")
             .with("count", "380")
             .with("movement", "200")
             .with("below_zero", "none"),
         "strength report ken-2024-11 of 2024-11-08 (380), plus the net movement of 200 recorded after it"},
        {message("strength.contingent.movements")
             .with("country", "KEN")
             .with("personnel", "police")
             .with("below_zero", "40"),
         "sum of movements, each counted once (no strength report of KEN police on or before the date); 40 "
         "more departures than arrivals, counted as 0"},
        {message("strength.figure.mission_report")
             .with("key", "report-2024-11-07")
             .with("date", "2024-11-07")
             .with("movement", "none"),
         "mission-wide strength report report-2024-11-07 of 2024-11-07, newer than every per-country report"},
        {message("strength.figure.none").with("at", "2024-01-01").with("older", "none"),
         "no strength report or deployment event on or before 2024-01-01"},
        {message("strength.figure.sum")
             .with("contingents", "2")
             .with("at", "2024-12-01")
             .with("older", "old-1"),
         "sum of 2 contingents on 2024-12-01, each its latest per-country strength report plus the movements "
         "after it (or its movements alone), each movement counted once; the mission-wide report old-1 is "
         "older than a per-country report"},
        {message("strength.rule"), strength_rule_text},
        {message("conflict.claim.movement")
             .with("count", "400")
             .with("kind", "arrived")
             .with("date", "2024-06-25"),
         "400 arrived on 2024-06-25"},
        {message("council.stance_basis")
             .with("stance", "opposes")
             .with("key", "chn-1")
             .with("date", "2024-11"),
         "opposes (position chn-1, 2024-11)"},
        {message("council.no_position"), "no position recorded: undecided"},
        {message("vote.not_recorded"), "no recorded vote"},
        {message("alert.stale.title").with("figure", "strength"), "Old evidence for strength"},
        {message("alert.stale.detail")
             .with("warning", message("evidence.none").with("noun", "incident").with("at", "2026-01-01"))
             .with("days", "90"),
         "no incident is recorded on or before 2026-01-01 (older than 90 days)."},
        {message("alert.conflict.title")
             .with("subject", message("conflict.contingent_strength")
                                  .with("country", "KEN")
                                  .with("personnel", "police")
                                  .with("date", "2025-02")),
         "Sources disagree on KEN police strength on 2025-02"},
        {message("alert.conflict.detail")
             .with("claims", "2")
             .with("values", "744, 800")
             .with("used", "744")
             .with("rule", message("conflict.rule.claims")),
         std::string("2 claims (744, 800); used 744 by the rule: ") + claim_rule + "."},
        {message("alert.extractions.title").with("count", "1"), "1 extraction awaits review"},
        {message("alert.extractions.title").with("count", "3"), "3 extractions await review"},
        {message("alert.extractions.detail").with("count", "3").with("newest", "17"),
         "3 submitted article(s) have candidate records no editor has decided on; the newest is extraction "
         "17."},
        {message("alert.runway.title").with("months", "2.5"), "Funding runway of 2.5 months"},
        {message("alert.runway.detail").with("months", "2.5").with("threshold", "6"),
         "Cash on hand covers 2.5 months at the current monthly burn, below 6 months."},
    };
}

boost::json::object catalog(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return boost::json::parse(text.str()).as_object();
}

}  // namespace

TEST(english, renders_each_code_as_the_server_wrote_it_before) {
    for (const auto& example : cases())
        EXPECT_EQ(english(example.message), example.english) << example.message.code;
}

TEST(english, has_a_case_for_every_code) {
    auto examples = cases();
    for (auto code : message_codes()) {
        bool found = false;
        for (const auto& example : examples) found = found || example.message.code == code;
        EXPECT_TRUE(found) << code;
    }
}

TEST(english, gives_the_code_itself_for_an_unknown_code) {
    EXPECT_EQ(english(message("no.such.code").with("x", "1")), "no.such.code");
    EXPECT_EQ(english_pattern("no.such.code"), nullptr);
}

TEST(coded_or_text, keeps_a_coded_message_and_wraps_bare_words) {
    EXPECT_EQ(coded_or_text(message("age.today"), "ignored").code, "age.today");
    EXPECT_EQ(english(coded_or_text(Message{}, "old evidence")), "old evidence");
}

TEST(format_pattern, chooses_other_when_no_option_matches_and_blank_for_a_missing_parameter) {
    EXPECT_EQ(format_pattern("{n, select, 1 {one} other {many {n}}}", message("x").with("n", "4")), "many 4");
    EXPECT_EQ(format_pattern("a{missing}b", message("x")), "ab");
}

TEST(message_catalogs, the_dashboard_and_report_catalogs_hold_every_code_and_english_matches) {
    for (std::string folder : {"/web/src/i18n/", "/src/report/i18n/"}) {
        auto english_catalog = catalog(MSSOPS_SOURCE_DIR + folder + "en.json");
        for (auto code : message_codes()) {
            std::string key = "server." + std::string(code);
            ASSERT_TRUE(english_catalog.contains(key)) << folder << key;
            EXPECT_EQ(english_catalog.at(key).as_string(), english_pattern(code)) << folder << key;
        }
        for (std::string language : {"fr", "ht", "es"}) {
            auto translated = catalog(MSSOPS_SOURCE_DIR + folder + language + ".json");
            for (auto code : message_codes())
                EXPECT_TRUE(translated.contains("server." + std::string(code)))
                    << folder << language << " " << code;
        }
    }
}
