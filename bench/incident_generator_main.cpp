// incident_generator COUNT OUTPUT.csv [SEED]: writes COUNT synthetic ACLED-column events, for the
// import benchmark and for the sqlite3 `.import` peer run on the very same file.
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "incident_generator.hpp"

int main(int argc, char** argv) {
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: %s COUNT OUTPUT.csv [SEED]\n", argv[0]);
        return 64;
    }
    long long count = std::atoll(argv[1]);
    if (count < 1) {
        std::fprintf(stderr, "error: COUNT: must be a whole number of at least 1, got \"%s\"\n", argv[1]);
        return 64;
    }
    std::ofstream out(argv[2], std::ios::binary);
    if (!out) {
        std::fprintf(stderr, "error: %s: cannot write the file\n", argv[2]);
        return 1;
    }
    std::uint64_t seed = argc == 4 ? std::strtoull(argv[3], nullptr, 10) : mssops::bench::incident_seed;
    mssops::bench::write_synthetic_incidents(out, count, seed);
    return out ? 0 : 1;
}
