#include "http/extraction_routes.hpp"

#include <boost/json/serialize.hpp>
#include <charconv>
#include <limits>

#include "app/extraction_review.hpp"
#include "http/audit_actor.hpp"
#include "http/query_parameters.hpp"
#include "http/schemas/response_schemas.hpp"
#include "store/record_json.hpp"

namespace mssops::http {

namespace json = boost::json;
using domain::Error;
using domain::Result;

namespace {

Response extraction_response(const store::StoredExtraction& extraction, int status = 200) {
    return Response::json(json::serialize(store::extraction_to_json(extraction, true)), status);
}

Result<std::int64_t> path_number(const Request& request, const std::string& name) {
    const auto found = request.path_params.find(name);
    const std::string text = found == request.path_params.end() ? std::string() : found->second;
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1)
        return Error::invalid(name, "must be a positive whole number, got '" + text + "'");
    return value;
}

// A member of the submission that must be a string when present.
Result<std::string> text_member(const json::object& body, const char* name) {
    const auto* value = body.if_contains(name);
    if (!value || value->is_null()) return std::string();
    if (!value->is_string()) return Error::invalid(name, "must be a string");
    return std::string(value->as_string());
}

Result<app::ReviewSubmission> submission_of(const Request& request) {
    auto body = store::parse_object(request.body, "body");
    if (!body) return body.error();
    for (const auto& member : *body) {
        const std::string_view name = member.key();
        if (name != "text" && name != "outlet" && name != "title" && name != "url" && name != "published" &&
            name != "mission")
            return Error::invalid(
                std::string(name),
                "is not a field of a submission (text, outlet, title, url, published, mission)");
    }
    app::ReviewSubmission submission;
    std::pair<const char*, std::string*> members[] = {
        {"text", &submission.text}, {"outlet", &submission.outlet},       {"title", &submission.title},
        {"url", &submission.url},   {"published", &submission.published}, {"mission", &submission.mission}};
    for (auto& [name, target] : members) {
        auto value = text_member(*body, name);
        if (!value) return value.error();
        *target = std::move(*value);
    }
    return submission;
}

std::vector<ParameterDoc> list_parameters() {
    return {{"limit", "Extractions per page, 1 to 1000 (default 100).", "integer", false},
            {"offset", "Extractions to skip (default 0); a page's next_offset gives the next.", "integer",
             false}};
}

Route review_route(Method method, std::string pattern, Access access, Handler handler, OperationDoc doc) {
    Route route =
        tagged_route(method, std::move(pattern), access, std::move(handler), std::move(doc), "extractions");
    // Candidates of every kind are reviewed here: the handler checks the record's own domain.
    route.shared_edit_domain = true;
    return route;
}

}  // namespace

void add_extraction_routes(Router& router, store::Store& store) {
    router.add(review_route(
        Method::post, "/api/v1/extractions", Access::editor,
        [&store](const Request& request) -> Result<Response> {
            auto submission = submission_of(request);
            if (!submission) return submission.error();
            auto stored =
                app::submit_extraction(store, *submission, request.principal, actor_of(request.principal));
            if (!stored) return stored.error();
            return extraction_response(*stored, 201);
        },
        {.summary = "Submit an article for review: its candidate records are stored pending",
         .response_schema = "Extraction",
         .success_status = 201}));
    router.add(review_route(
        Method::get, "/api/v1/extractions", Access::reader,
        [&store](const Request& request) -> Result<Response> {
            if (auto known = reject_unknown_parameters(request, list_parameters()); !known)
                return known.error();
            auto limit = integer_parameter(request, "limit", 100, 1, 1000);
            if (!limit) return limit.error();
            auto offset =
                integer_parameter(request, "offset", 0, 0, std::numeric_limits<std::int64_t>::max());
            if (!offset) return offset.error();
            auto listed = app::list_extractions(store, *limit, *offset);
            if (!listed) return listed.error();
            return Response::json(json::serialize(store::extraction_page_to_json(*listed)));
        },
        {.summary = "Extractions awaiting or past review, newest first, a page at a time "
                    "({items, total, limit, offset, next_offset})",
         .query = list_parameters(),
         .response_schema = "ExtractionPage"}));
    router.add(review_route(
        Method::get, "/api/v1/extractions/{id}", Access::reader,
        [&store](const Request& request) -> Result<Response> {
            auto id = path_number(request, "id");
            if (!id) return id.error();
            auto extraction = app::show_extraction(store, *id);
            if (!extraction) return extraction.error();
            return extraction_response(*extraction);
        },
        {.summary = "One extraction: the article text and its candidates", .response_schema = "Extraction"}));
    router.add(review_route(Method::post, "/api/v1/extractions/{id}/candidates/{n}/accept", Access::editor,
                            [&store](const Request& request) -> Result<Response> {
                                auto id = path_number(request, "id");
                                if (!id) return id.error();
                                auto n = path_number(request, "n");
                                if (!n) return n.error();
                                std::optional<domain::Fields> edited;
                                if (request.body.find_first_not_of(" \t\r\n") != std::string::npos) {
                                    auto body = store::parse_object(request.body, "body");
                                    if (!body) return body.error();
                                    auto fields = store::fields_from_json(*body);
                                    if (!fields) return fields.error();
                                    // An empty object is no edit: the candidate is accepted as read.
                                    if (!fields->empty()) edited = std::move(*fields);
                                }
                                auto decided = app::accept_candidate(
                                    store, *id, *n, edited, request.principal, actor_of(request.principal));
                                if (!decided) return decided.error();
                                return extraction_response(*decided);
                            },
                            {.summary = "Accept candidate n, as read or as the body gives it: the record is "
                                        "written citing the article",
                             .response_schema = "Extraction"}));
    router.add(review_route(Method::post, "/api/v1/extractions/{id}/candidates/{n}/reject", Access::editor,
                            [&store](const Request& request) -> Result<Response> {
                                auto id = path_number(request, "id");
                                if (!id) return id.error();
                                auto n = path_number(request, "n");
                                if (!n) return n.error();
                                auto decided = app::reject_candidate(store, *id, *n, request.principal,
                                                                     actor_of(request.principal));
                                if (!decided) return decided.error();
                                return extraction_response(*decided);
                            },
                            {.summary = "Reject candidate n: nothing is written but its state",
                             .response_schema = "Extraction"}));
    add_extraction_schemas(router);
}

}  // namespace mssops::http
