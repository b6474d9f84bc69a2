// Extraction of a ~2,000-word SYNTHETIC article (issue 17: under 20 ms). The text is generated from
// sentence templates written for this benchmark, with a fixed seed; it reports no real event.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "domain/partial_date.hpp"
#include "extract/extractor.hpp"
#include "extract/gazetteer.hpp"

namespace {

using mssops::domain::Fields;
using mssops::domain::Record;

Record record(std::string kind, Fields fields) {
    Record out;
    out.kind = std::move(kind);
    out.fields = std::move(fields);
    return out;
}

mssops::extract::Gazetteer bench_gazetteer() {
    std::vector<Record> records;
    const std::vector<std::pair<std::string, std::string>> countries = {
        {"KEN", "Kenya"},     {"HTI", "Haiti"},       {"USA", "United States of America"},
        {"JAM", "Jamaica"},   {"CHN", "China"},       {"RUS", "Russian Federation"},
        {"GTM", "Guatemala"}, {"SLV", "El Salvador"}, {"BHS", "Bahamas"},
        {"BLZ", "Belize"},    {"ECU", "Ecuador"},     {"FRA", "France"},
        {"CAN", "Canada"},    {"PAK", "Pakistan"},    {"BGD", "Bangladesh"},
        {"TCD", "Chad"}};
    for (const auto& [iso3, name] : countries)
        records.push_back(record("countries", {{"key", iso3}, {"iso3", iso3}, {"name", name}}));
    records.push_back(record("persons", {{"key", std::string("amina-odhiambo")},
                                         {"name", std::string("Amina W. Odhiambo")},
                                         {"role", std::string("Foreign Minister")},
                                         {"country", std::string("KEN")}}));
    records.push_back(record("organisations", {{"key", std::string("unsc")},
                                               {"name", std::string("United Nations Security Council")}}));
    records.push_back(
        record("missions", {{"key", std::string("mss-haiti")},
                            {"name", std::string("Multinational Security Support Mission in Haiti")},
                            {"acronym", std::string("MSS")}}));
    return mssops::extract::Gazetteer::from_records(records);
}

// About 2,000 words: facts, quotes, traps and filler, shuffled with a fixed seed.
std::string synthetic_article() {
    const std::vector<std::string> templates = {
        "Some {n} Guatemalan soldiers arrived in Haiti on Tuesday to join the MSS.",
        "The Bahamian advance team arrived in Port-au-Prince on Wednesday, November 6.",
        "The team, made up of {n} soldiers and three police officers, left Nassau at dawn.",
        "\"We came to serve and we will serve with honour until the work is done,\" Odhiambo said.",
        "The mission currently has about {n} officers on the ground, officials said.",
        "Gang attacks killed more than {n} people in the capital last month, the UN said.",
        "Canada first backed a transition to a UN peacekeeping mission but later dropped the proposal.",
        "The Security Council will vote on Monday on whether to extend the mission.",
        "Officials described the security situation as fragile but improving in several districts.",
        "Residents of Delmas and Pétion-Ville reported that roads reopened after weeks of closures.",
        "France paid {n} million euros into the trust fund on 14 May 2025.",
        "Full deployment of the planned 2,500 personnel is expected by June, according to Odhiambo.",
        "The Security Council unanimously voted to extend the mandate until 2 October 2025.",
        "Local markets in Cap-Haïtien stayed open through the weekend despite heavy rain.",
    };
    std::mt19937 random(17);
    std::string out;
    std::size_t words = 0;
    while (words < 2000) {
        std::string sentence = templates[random() % templates.size()];
        if (auto at = sentence.find("{n}"); at != std::string::npos)
            sentence.replace(at, 3, std::to_string(10 + random() % 900));
        for (char c : sentence) words += c == ' ';
        ++words;
        out += sentence;
        out += random() % 3 == 0 ? "\n" : " ";
    }
    return out;
}

void extract_2000_words(benchmark::State& state) {
    auto gazetteer = bench_gazetteer();
    auto article = synthetic_article();
    mssops::extract::ExtractOptions options;
    options.published = mssops::domain::parse_iso_day("2025-05-20", "published").value();
    options.mission = "mss-haiti";
    std::size_t candidates = 0;
    for (auto _ : state) {
        auto result = mssops::extract::extract_article(article, gazetteer, options);
        candidates = result.candidates.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["candidates"] = static_cast<double>(candidates);
    state.counters["bytes"] = static_cast<double>(article.size());
}
BENCHMARK(extract_2000_words)->Unit(benchmark::kMillisecond);

}  // namespace
