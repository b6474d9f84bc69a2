#include "mission_generator.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>

namespace mssops::bench {
namespace {

const std::string source_key = "synthetic-bench-mission";

// The countries that sent or pledged personnel to the MSS, with a weight for how often each appears.
struct Contributor {
    const char* iso3;
    double weight;
    const char* personnel_type;
};
const std::array<Contributor, 8> contributors = {{{"KEN", 0.45, "police"},
                                                  {"JAM", 0.10, "military"},
                                                  {"BHS", 0.06, "police"},
                                                  {"BLZ", 0.05, "military"},
                                                  {"GTM", 0.12, "military"},
                                                  {"SLV", 0.12, "military"},
                                                  {"BEN", 0.05, "military"},
                                                  {"TCD", 0.05, "police"}}};

const std::array<const char*, 7> donors = {"USA", "CAN", "FRA", "DEU", "ESP", "KOR", "GBR"};

std::string iso_day(std::chrono::sys_days day) {
    std::chrono::year_month_day date{day};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

std::size_t pick_contributor(std::mt19937_64& random) {
    double roll = std::uniform_real_distribution<double>(0, 1)(random);
    for (std::size_t i = 0; i < contributors.size(); ++i) {
        roll -= contributors[i].weight;
        if (roll <= 0) return i;
    }
    return contributors.size() - 1;
}

void write_sources(std::ostream& out) {
    out << "[\n {\n  \"key\": \"" << source_key
        << "\",\n  \"publisher\": \"mssops bench/mission_generator\",\n"
           "  \"title\": \"SYNTHETIC deployment events and funding flows for benchmarks; not real data\",\n"
           "  \"synthetic\": \"yes\",\n"
           "  \"notes\": \"Generated with a fixed seed by bench/mission_generator.cpp; every figure is "
           "invented.\"\n"
           " }\n]\n";
}

// Arrivals and, for about a third of them, the rotation out of the same contingent six months on, so
// no country's strength ever goes below zero.
void write_deployment_events(std::ostream& out, std::int64_t count, std::mt19937_64& random) {
    using namespace std::chrono;
    const sys_days first{year{2024} / June / 25};
    const int span_days = static_cast<int>((sys_days{year{2025} / June / 30} - first).count());
    out << "[\n";
    std::int64_t written = 0;
    auto write_event = [&](const Contributor& who, int personnel, const char* event, sys_days day) {
        ++written;
        out << (written > 1 ? ",\n" : "") << " {\"key\": \"syn-deployment-" << written
            << "\", \"mission\": \"mss-haiti\", \"country\": \"" << who.iso3 << "\", \"personnel_type\": \""
            << who.personnel_type << "\", \"count\": " << personnel << ", \"event\": \"" << event
            << "\", \"date\": \"" << iso_day(day) << "\", \"basis\": \"reported\", \"source_id\": \""
            << source_key << "\", \"notes\": \"SYNTHETIC deployment event " << written
            << "; not a real movement.\"}";
    };
    while (written < count) {
        const Contributor& who = contributors[pick_contributor(random)];
        const int personnel = 5 + static_cast<int>(random() % 60);
        const sys_days arrival =
            first + days{static_cast<int>(random() % static_cast<std::uint64_t>(span_days))};
        write_event(who, personnel, "arrived", arrival);
        if (written < count && random() % 3 == 0)
            write_event(who, personnel, "rotated_out", arrival + days{182});
    }
    out << "\n]\n";
}

void write_funding_flows(std::ostream& out, std::int64_t count, std::mt19937_64& random) {
    using namespace std::chrono;
    const sys_days first{year{2023} / October / 2};
    out << "[\n";
    for (std::int64_t n = 1; n <= count; ++n) {
        const char* donor = donors[random() % donors.size()];
        const double amount = 100000.0 * static_cast<double>(1 + random() % 500);
        const char* status = random() % 4 == 0 ? "pledged" : "paid";
        const sys_days day = first + days{static_cast<int>(random() % 800)};
        char amount_text[32];
        std::snprintf(amount_text, sizeof amount_text, "%.0f", amount);
        out << (n > 1 ? ",\n" : "") << " {\"key\": \"syn-flow-" << n << "\", \"donor\": \"" << donor
            << "\", \"recipient\": \"KEN\", \"mission\": \"mss-haiti\", \"amount\": " << amount_text
            << ", \"currency\": \"USD\", \"amount_usd\": " << amount_text << ", \"status\": \"" << status
            << "\", \"date\": \"" << iso_day(day) << "\", \"description\": \"SYNTHETIC flow " << n
            << "; not a real contribution\", \"source_id\": \"" << source_key << "\"}";
    }
    out << "\n]\n";
}

}  // namespace

MissionSize mission_size_for(std::int64_t incidents) {
    return {std::max<std::int64_t>(1, incidents / 100), std::max<std::int64_t>(1, incidents / 1000)};
}

bool write_synthetic_mission(const std::filesystem::path& folder, MissionSize size, std::uint64_t seed) {
    std::error_code ignored;
    std::filesystem::create_directories(folder, ignored);
    std::mt19937_64 random(seed);
    std::ofstream sources(folder / "sources.json", std::ios::binary);
    write_sources(sources);
    std::ofstream events(folder / "deployment_events.json", std::ios::binary);
    write_deployment_events(events, size.deployment_events, random);
    std::ofstream flows(folder / "funding_flows.json", std::ios::binary);
    write_funding_flows(flows, size.funding_flows, random);
    return sources.good() && events.good() && flows.good();
}

}  // namespace mssops::bench
