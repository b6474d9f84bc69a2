#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "domain/council_simulation.hpp"

namespace {

using mssops::domain::MemberStance;

// Fifteen members, none of them certain: the hardest case for the exact computation, which must
// carry every (votes in favour, permanent "no" or not) state and then redo it once per member for
// the pivotal analysis.
std::vector<MemberStance> uncertain_council() {
    std::vector<MemberStance> members;
    const char* names[] = {"CHN", "FRA", "GBR", "RUS", "USA", "DZA", "DNK", "GRC",
                           "GUY", "KOR", "PAK", "PAN", "SLE", "SVN", "SOM"};
    for (int i = 0; i < 15; ++i) {
        double yes = 0.30 + 0.04 * i;
        double no = 0.05 + 0.01 * (i % 5);
        members.push_back({names[i], i < 5, yes, no, 1.0 - yes - no, "", ""});
    }
    return members;
}

void council_simulation_15_uncertain_members(benchmark::State& state) {
    const auto members = uncertain_council();
    for (auto _ : state) {
        auto result = mssops::domain::simulate_council(members);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(council_simulation_15_uncertain_members)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
