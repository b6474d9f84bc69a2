// mission_generator INCIDENTS FOLDER [SEED]: writes the SYNTHETIC deployment events and funding flows
// that go with a mission of INCIDENTS incidents, as a data set folder for `mssops seed --dataset`.
#include <cstdio>
#include <cstdlib>

#include "mission_generator.hpp"

int main(int argc, char** argv) {
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: %s INCIDENTS FOLDER [SEED]\n", argv[0]);
        return 64;
    }
    long long incidents = std::atoll(argv[1]);
    if (incidents < 1) {
        std::fprintf(stderr, "error: INCIDENTS: must be a whole number of at least 1, got \"%s\"\n", argv[1]);
        return 64;
    }
    std::uint64_t seed = argc == 4 ? std::strtoull(argv[3], nullptr, 10) : mssops::bench::mission_seed;
    if (!mssops::bench::write_synthetic_mission(argv[2], mssops::bench::mission_size_for(incidents), seed)) {
        std::fprintf(stderr, "error: %s: cannot write the data set files\n", argv[2]);
        return 1;
    }
    return 0;
}
