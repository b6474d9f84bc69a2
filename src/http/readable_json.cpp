#include "http/readable_json.hpp"

#include "domain/field_access.hpp"

namespace mssops::http {

namespace {

void drop_unreadable(boost::json::value& record, const domain::Principal& principal, std::string_view kind) {
    auto* fields = record.if_object();
    if (fields == nullptr) return;
    for (auto field = fields->begin(); field != fields->end();) {
        if (domain::may_read_field(principal, kind, field->key()))
            ++field;
        else
            field = fields->erase(field);
    }
}

}  // namespace

boost::json::value readable_json(boost::json::value answer, const domain::Principal& principal,
                                 std::string_view kind) {
    if (domain::reads_every_field(principal)) return answer;
    auto* page = answer.if_object();
    if (page != nullptr && page->contains("items") && page->at("items").is_array()) {
        for (auto& item : page->at("items").as_array()) drop_unreadable(item, principal, kind);
        return answer;
    }
    drop_unreadable(answer, principal, kind);
    return answer;
}

}  // namespace mssops::http
