// The reference data set in data/: every record cites a source that exists, records citing the
// seed article are only of facts the article states, and the data loads into a database where
// the funding and assessed commands answer from it without extra files.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "api/server_process.hpp"

namespace mssops::api_test {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;

const fs::path data_dir = fs::path(MSSOPS_SOURCE_DIR) / "data";
const std::string seed_article = "seed-article-ruto-blinken-2024-11";

/// Runs mssops through the shell and returns what it wrote to stdout and stderr together, for
/// the messages a refusal prints; the arguments are quoted for sh.
std::string run_mssops_with_stderr(const std::vector<std::string>& arguments) {
    std::string command = std::string("'") + MSSOPS_BINARY + "'";
    for (const auto& argument : arguments) command += " '" + argument + "'";
    command += " 2>&1";
    std::string output;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[4096];
        std::size_t got = 0;
        while ((got = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, got);
        pclose(pipe);
    }
    return output;
}

json::value read_json(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    boost::system::error_code ec;
    json::value value = json::parse(text.str(), ec);
    EXPECT_FALSE(ec) << path;
    return value;
}

/// Every record file of both data sets, by "set/file": the JSON arrays the seed command loads.
std::map<std::string, json::array> record_files() {
    std::map<std::string, json::array> files;
    for (const char* set : {"reference", "mss-haiti"}) {
        for (const auto& entry : fs::directory_iterator(data_dir / set)) {
            if (entry.path().extension() != ".json") continue;
            json::value value = read_json(entry.path());
            if (value.is_array())
                files[std::string(set) + "/" + entry.path().stem().string()] = value.as_array();
        }
    }
    return files;
}

std::set<std::string> source_keys(const std::map<std::string, json::array>& files) {
    std::set<std::string> keys;
    for (const char* name : {"reference/sources", "mss-haiti/sources"})
        for (const auto& source : files.at(name)) keys.insert(std::string(source.at("key").as_string()));
    return keys;
}

// The records whose facts the seed article states (data/README.md lists them, fact by fact), each
// with words the article must contain for it. A record that cites the article and is not here is a
// fact the article does not state.
const std::map<std::string, std::vector<std::string>> seed_article_facts = {
    {"engagements/ruto-blinken-call-2024-11-07", {"Thursday", "Blinken"}},
    {"engagements/ruto-x-post-2024-11-07", {"on X"}},
    {"engagements/ruto-haiti-visit-2024-09-21", {"visit", "September"}},
    {"engagements/ruto-unga-speech-2024-09-26", {"General Assembly", "emphasise"}},
    {"positions/ken-transition-2024-09-21-open", {"Kenya", "peacekeeping"}},
    {"positions/ken-transition-2024-11-07-supports", {"Kenya", "peacekeeping"}},
    {"positions/hti-transition-2024-11-supports", {"Haitian government"}},
    {"positions/tpc-transition-2024-11-supports", {"Transitional Presidential Council"}},
    {"positions/usa-transition-2024-09-supports", {"United States"}},
    {"positions/usa-transition-2024-11-withdrew", {"withdrew"}},
    {"positions/chn-transition-2024-11-opposes", {"China and Russia"}},
    {"positions/rus-transition-2024-11-opposes", {"China and Russia"}},
    {"resolutions/unsc-res-2751", {"unanimously", "October 2, 2025", "Ecuador"}},
    {"strength_reports/mss-haiti-police-2024-11-about-400", {"400 police"}},
    {"strength_targets/mss-haiti-police-2500-by-2025-01", {"2,500"}},
    {"persons/william-ruto", {"Ruto"}},
    {"persons/antony-blinken", {"Blinken"}},
    {"organisations/unsc", {"Security Council"}},
    {"organisations/unga", {"General Assembly"}},
    {"organisations/transitional-presidential-council", {"Transitional Presidential Council"}},
    {"organisations/hnp", {"Haitian National Police"}},
    {"missions/mss-haiti", {"Multinational Security Support"}},
};

}  // namespace

TEST(reference_data, every_record_cites_a_source_that_exists) {
    auto files = record_files();
    auto sources = source_keys(files);
    std::size_t checked = 0;
    for (const auto& [name, records] : files) {
        if (name.ends_with("/sources")) continue;
        for (const auto& record : records) {
            const auto& object = record.as_object();
            std::string key = object.contains("key") ? std::string(object.at("key").as_string()) : "?";
            auto source = object.find("source_id");
            // Countries are one generated table whose citation is the data set as a whole.
            if (name == "reference/countries") continue;
            ASSERT_NE(source, object.end()) << name << ": " << key << " cites no source";
            EXPECT_TRUE(sources.contains(std::string(source->value().as_string())))
                << name << ": " << key << " cites \"" << source->value().as_string()
                << "\", which is not a source";
            ++checked;
        }
    }
    EXPECT_GT(checked, 100u);
}

TEST(reference_data, records_citing_the_seed_article_are_facts_the_article_states) {
    auto files = record_files();
    std::set<std::string> citing;
    for (const auto& [name, records] : files) {
        std::string kind = name.substr(name.find('/') + 1);
        for (const auto& record : records) {
            const auto& object = record.as_object();
            auto source = object.find("source_id");
            if (source == object.end() || source->value().as_string() != seed_article) continue;
            std::string id = kind + "/" + std::string(object.at("key").as_string());
            citing.insert(id);
            EXPECT_TRUE(seed_article_facts.contains(id))
                << id << " cites the seed article, which does not state it";
        }
    }
    // Each listed fact is still in the data and still cites the article.
    for (const auto& [fact, words] : seed_article_facts) EXPECT_TRUE(citing.contains(fact)) << fact;
}

TEST(reference_data, the_seed_article_contains_the_words_of_each_fact_cited_to_it) {
    fs::path article = fs::path(MSSOPS_SHARED_DATA) / ".." / "seed" / "mss-haiti-article.txt";
    if (!fs::exists(article)) GTEST_SKIP() << "the seed article is missing: " << article;
    std::ifstream in(article);
    std::stringstream text;
    text << in.rdbuf();
    for (const auto& [fact, words] : seed_article_facts)
        for (const auto& word : words)
            EXPECT_NE(text.str().find(word), std::string::npos)
                << fact << ": the article lacks \"" << word << "\"";
}

TEST(reference_data, every_source_says_what_kind_of_publisher_it_is) {
    auto files = record_files();
    const std::set<std::string> kinds = {"un_document", "government", "press", "dataset", "other"};
    for (const char* name : {"reference/sources", "mss-haiti/sources"}) {
        for (const auto& source : files.at(name)) {
            const auto& object = source.as_object();
            auto kind = object.find("source_kind");
            ASSERT_NE(kind, object.end()) << object.at("key").as_string();
            EXPECT_TRUE(kinds.contains(std::string(kind->value().as_string())))
                << object.at("key").as_string();
        }
    }
}

class SeededReference : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = std::make_unique<TempDir>();
        db = (dir->path() / "reference.db").string();
        ASSERT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
        auto seeded = run_mssops({"--db", db, "seed"});
        ASSERT_EQ(seeded.exit_code, 0) << seeded.out;
    }
    static void TearDownTestSuite() { dir.reset(); }
    static inline std::unique_ptr<TempDir> dir;
    static inline std::string db;
};

TEST_F(SeededReference, funding_assessed_uses_the_shipped_scale_and_apportions_the_budget_to_the_cent) {
    auto run = run_mssops(
        {"--db", db, "--json", "funding", "--mission", "mss-haiti", "assessed", "--budget", "600000000"});
    ASSERT_EQ(run.exit_code, 0) << run.out;
    json::value body = json::parse(run.out);
    EXPECT_EQ(body.at("assessed_total").as_string(), "600000000.00");
    EXPECT_EQ(body.at("unassigned").as_string(), "0.00");
    EXPECT_EQ(body.at("scale_rate_total_percent").as_string(), "100");
    EXPECT_TRUE(body.at("scale_label")
                    .as_string()
                    .starts_with("UN regular-budget scale 2025-2027; the "
                                 "peacekeeping scale applies level discounts"));
    std::map<std::string, std::string> assessed;
    for (const auto& row : body.at("members").as_array())
        assessed[std::string(row.at("member").as_string())] = std::string(row.at("assessed").as_string());
    EXPECT_EQ(assessed.size(), 193u);
    EXPECT_EQ(assessed.at("USA"), "132000000.00");  // 22 % of 600 M.
}

TEST_F(SeededReference, funding_assessed_refuses_a_user_scale_that_does_not_sum_to_100) {
    fs::path scale = dir->path() / "partial.csv";
    std::ofstream(scale) << "member,rate_percent\nUSA,22\nCHN,20.004\nJPN,6.93\nDEU,5.692\n";
    auto refused = run_mssops({"--db", db, "funding", "--mission", "mss-haiti", "--scale", scale.string(),
                               "assessed", "--budget", "600000000"});
    EXPECT_EQ(refused.exit_code, 1);
    std::string printed = run_mssops_with_stderr({"--db", db, "funding", "--mission", "mss-haiti", "--scale",
                                                  scale.string(), "assessed", "--budget", "600000000"});
    EXPECT_NE(printed.find("error: scale: the scale's rates sum to 54.626 %, not 100 %; pass --partial "
                           "(partial=true on the API) to apportion only that share and leave 45.374 % of "
                           "the budget unassigned"),
              std::string::npos)
        << printed;
    auto partial = run_mssops({"--db", db, "--json", "funding", "--mission", "mss-haiti", "--scale",
                               scale.string(), "assessed", "--budget", "600000000", "--partial"});
    ASSERT_EQ(partial.exit_code, 0) << partial.out;
    json::value body = json::parse(partial.out);
    EXPECT_EQ(body.at("assessed_total").as_string(), "327756000.00");
    EXPECT_EQ(body.at("unassigned").as_string(), "272244000.00");
}

TEST_F(SeededReference, funding_summary_shows_the_trust_fund_contributions_of_2023_and_2024) {
    auto run =
        run_mssops({"--db", db, "--json", "funding", "--mission", "mss-haiti", "flows", "--status", "paid"});
    ASSERT_EQ(run.exit_code, 0) << run.out;
    json::value page = json::parse(run.out);
    std::map<std::string, std::string> source_by_key;
    for (const auto& flow : page.at("items").as_array())
        source_by_key[std::string(flow.at("key").as_string())] =
            std::string(flow.at("source_id").as_string());
    EXPECT_EQ(source_by_key.at("un-trust-fund-mss-can-2023"), "un-financial-statements-2023-vol1");
    EXPECT_EQ(source_by_key.at("un-trust-fund-mss-usa-2024"), "un-financial-statements-2024-vol1");
    EXPECT_EQ(source_by_key.size(), 10u);
    auto summary = run_mssops({"--db", db, "--json", "funding", "--mission", "mss-haiti", "summary"});
    ASSERT_EQ(summary.exit_code, 0) << summary.out;
    // 10,947,178 (2023) + 89,626,831 (2024) USD recognized by the trust fund.
    EXPECT_EQ(json::parse(summary.out).at("totals").at("paid").as_string(), "100574009.00");
}

}  // namespace mssops::api_test
