#include "store/migration.hpp"

#include <algorithm>

#include "domain/verify.hpp"

namespace mssops::store {

std::vector<Migration> migrations_for(std::string_view backend) {
    std::vector<Migration> chosen;
    for (const auto& migration : embedded_migrations())
        if (migration.backend == backend) chosen.push_back(migration);
    std::sort(chosen.begin(), chosen.end(),
              [](const Migration& a, const Migration& b) { return a.number < b.number; });
    // Two files with one number would make the applied schema depend on file order: a build mistake.
    for (std::size_t i = 1; i < chosen.size(); ++i) MSSOPS_VERIFY(chosen[i - 1].number != chosen[i].number);
    return chosen;
}

}  // namespace mssops::store
