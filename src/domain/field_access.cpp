#include "domain/field_access.hpp"

#include "domain/access_policy.hpp"
#include "domain/kind_names.hpp"

namespace mssops::domain {

namespace {

struct HeldBackField {
    std::string_view kind;
    std::string_view field;
};

// Fields staff read and viewers do not; everything else every reader reads.
constexpr HeldBackField held_back[] = {
    {kinds::incidents, "notes"},
};

}  // namespace

bool reads_every_field(const Principal& principal) {
    return has_role(principal, Role::admin) || has_role(principal, Role::editor) ||
           has_role(principal, Role::liaison);
}

bool may_read_field(const Principal& principal, std::string_view kind, std::string_view field) {
    if (reads_every_field(principal)) return true;
    for (const auto& entry : held_back)
        if (entry.kind == kind && entry.field == field) return false;
    return true;
}

}  // namespace mssops::domain
