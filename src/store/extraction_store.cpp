#include "store/extraction_store.hpp"

#include <boost/json/serialize.hpp>

#include "store/record_json.hpp"

namespace mssops::store {

std::string candidate_record_text(const domain::Fields& fields) {
    return boost::json::serialize(fields_to_json(fields));
}

Result<domain::Fields> candidate_record_fields(std::string_view text) {
    auto object = parse_object(text, "record");
    if (!object) return object.error();
    return fields_from_json(*object);
}

Result<void> check_decision(const CandidateDecision& decision, std::string_view current_state) {
    if (decision.state != "accepted" && decision.state != "rejected")
        return domain::Error::invalid("state", "must be accepted or rejected, got '" + decision.state + "'");
    if (current_state != "pending")
        return domain::Error::conflict("n", "candidate " + std::to_string(decision.index) + " was already " +
                                                std::string(current_state));
    return {};
}

}  // namespace mssops::store
