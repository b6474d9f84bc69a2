#include "app/evidence_json.hpp"
#include "app/json_text.hpp"
#include "app/message_json.hpp"

namespace mssops::app {
namespace {

namespace json = boost::json;

}  // namespace

json::array conflicts_to_json(const std::vector<domain::ClaimConflict>& conflicts) {
    json::array array;
    for (const auto& conflict : conflicts) {
        json::array claims;
        const domain::Claim* used = nullptr;
        for (const auto& claim : conflict.claims) {
            json::object item{{"record_kind", claim.record_kind},
                              {"key", text_or_null(claim.record_key)},
                              {"value", claim.value},
                              {"as_of", claim.as_of.to_text()},
                              {"source_ids", texts(claim.source_ids)},
                              {"source_kind", claim.source_kind},
                              {"used", claim.used}};
            put_message(item, "value", domain::coded_or_text(claim.value_coded, claim.value));
            claims.push_back(std::move(item));
            if (claim.used) used = &claim;
        }
        json::object body{{"fact", conflict.fact},
                          {"subject", conflict.subject},
                          {"used_value", conflict.used_value},
                          {"rule", conflict.rule},
                          {"claims", std::move(claims)}};
        put_message(body, "subject", conflict.subject_coded);
        put_message(body, "rule", conflict.rule_coded);
        // The value used is the used claim's, said the same way.
        put_message(body, "used_value",
                    used ? domain::coded_or_text(used->value_coded, used->value)
                         : domain::coded_or_text({}, conflict.used_value));
        array.push_back(std::move(body));
    }
    return array;
}

json::object evidence_item_to_json(const domain::StrengthEvidenceItem& item) {
    return {{"record_kind", item.record_kind},
            {"key", item.key},
            {"what", item.what},
            {"count", item.count},
            {"date", item.date.to_text()},
            {"source_id", text_or_null(item.source_id)},
            {"source_kind", item.source_kind},
            {"role", domain::to_text(item.role)},
            {"same_as", text_or_null(item.same_as)}};
}

json::array contingent_evidence_to_json(const std::vector<domain::ContingentEvidence>& contingents) {
    json::array array;
    for (const auto& contingent : contingents) {
        json::array evidence;
        for (const auto& item : contingent.evidence) evidence.push_back(evidence_item_to_json(item));
        json::object body{
            {"country", contingent.country},
            {"personnel_type", domain::to_text(contingent.personnel_type)},
            {"count", contingent.count},
            {"qualifier", domain::to_text(contingent.qualifier)},
            {"approximate", contingent.approximate},
            {"base",
             contingent.base ? json::value(evidence_item_to_json(*contingent.base)) : json::value(nullptr)},
            {"movement_after_base", contingent.movement},
            {"as_of", contingent.as_of ? json::value(contingent.as_of->to_text()) : json::value(nullptr)},
            {"rule", contingent.rule},
            {"source_ids", texts(contingent.source_ids)},
            {"evidence_source_ids", texts(contingent.evidence_source_ids)},
            {"evidence", std::move(evidence)}};
        put_message(body, "rule", domain::coded_or_text(contingent.rule_coded, contingent.rule));
        array.push_back(std::move(body));
    }
    return array;
}

}  // namespace mssops::app
