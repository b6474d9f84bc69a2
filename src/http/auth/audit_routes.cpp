#include "http/auth/audit_routes.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <charconv>

namespace mssops::http::auth {

using domain::Error;
using domain::Result;

namespace {

Result<std::int64_t> whole_number(const std::string& text, std::string_view name, std::int64_t least,
                                  std::int64_t most) {
    std::int64_t number = 0;
    const auto [end, failure] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (failure != std::errc() || end != text.data() + text.size() || number < least || number > most)
        return Error::invalid(std::string(name), "must be a whole number from " + std::to_string(least) +
                                                     " to " + std::to_string(most) + ", got '" +
                                                     text.substr(0, 32) + "'");
    return number;
}

// The log keeps before/after as JSON text; the API shows them as JSON, or null when empty.
boost::json::value as_json(const std::string& text) {
    if (text.empty()) return nullptr;
    boost::system::error_code failure;
    boost::json::value parsed = boost::json::parse(text, failure);
    if (failure) return boost::json::value(text);
    return parsed;
}

Result<store::AuditQuery> query_of(const Request& request) {
    for (const auto& [name, value] : request.query)
        if (name != "kind" && name != "record_id" && name != "actor" && name != "limit" && name != "offset")
            return Error::invalid(
                name, "is not a filter of the audit log; expected kind, record_id, actor, limit, offset");
    store::AuditQuery query;
    if (auto kind = request.query_or("kind"); !kind.empty()) query.kind = kind;
    if (auto actor = request.query_or("actor"); !actor.empty()) query.actor = actor;
    if (auto id = request.query_or("record_id"); !id.empty()) {
        auto number = whole_number(id, "record_id", 1, INT64_MAX);
        if (!number) return number.error();
        query.record_id = *number;
    }
    if (auto limit = request.query_or("limit"); !limit.empty()) {
        auto number = whole_number(limit, "limit", 1, 1000);
        if (!number) return number.error();
        query.limit = *number;
    }
    if (auto offset = request.query_or("offset"); !offset.empty()) {
        auto number = whole_number(offset, "offset", 0, INT64_MAX);
        if (!number) return number.error();
        query.offset = *number;
    }
    return query;
}

Result<Response> list_audit(AuthServices& services, const Request& request) {
    auto query = query_of(request);
    if (!query) return query.error();
    auto entries = services.store().audit().list(*query);
    if (!entries) return entries.error();
    boost::json::array items;
    for (const auto& entry : *entries) {
        items.push_back(boost::json::object{{"id", entry.id},
                                            {"at", entry.at},
                                            {"actor", entry.actor},
                                            {"action", entry.action},
                                            {"kind", entry.kind},
                                            {"record_id", entry.record_id},
                                            {"before", as_json(entry.before)},
                                            {"after", as_json(entry.after)}});
    }
    return Response::json(boost::json::serialize(boost::json::object{
        {"items", std::move(items)}, {"limit", query->limit}, {"offset", query->offset}}));
}

}  // namespace

void add_audit_routes(Router& router, AuthServices& services) {
    Route route;
    route.method = Method::get;
    route.pattern = "/api/v1/audit";
    route.access = Access::admin;
    route.handler = [&services](const Request& request) { return list_audit(services, request); };
    // A page of {items, limit, offset} without a total: the document says so (AuditPage).
    route.doc = {.summary =
                     "The audit log, newest first: every change with who, when, before and after; a page "
                     "without a total",
                 .tag = "audit",
                 .query = {{"kind", "Only changes to records of this kind (users, api_tokens too)"},
                           {"record_id", "Only changes to this record", "integer"},
                           {"actor", "Only changes by this actor: user:alice, cli:root, seed"},
                           {"limit", "Page size, 1 to 1000 (100)", "integer"},
                           {"offset", "Entries to skip", "integer"}},
                 .response_schema = "AuditPage"};
    router.add(std::move(route));
}

}  // namespace mssops::http::auth
