#include "store/incident_store.hpp"

namespace mssops::store {

std::optional<AggregateBy> aggregate_by_from_text(std::string_view text) {
    if (text == "none") return AggregateBy::none;
    if (text == "adm1") return AggregateBy::adm1;
    if (text == "adm2") return AggregateBy::adm2;
    return std::nullopt;
}

}  // namespace mssops::store
