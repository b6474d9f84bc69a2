// The review queue over HTTP: an article is submitted, its candidates stored pending, then accepted
// (the record, its source and an audit row are written) or rejected (nothing is written).
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "api/api_fixture.hpp"

namespace mssops::api_test {
namespace {

namespace json = boost::json;

// Written for this test: an arrival, a death toll (no record) and a future vote (no record).
const char* article_text =
    "Some 150 Guatemalan soldiers arrived in Haiti on Tuesday, November 5, to join the MSS. "
    "Gang attacks killed more than 40 people in the capital last week.";

class extraction_review : public ApiFixture {
protected:
    static void SetUpTestSuite() {
        ApiFixture::SetUpTestSuite();
        add_test_mission();
        auto country = client().request(
            "POST", "/api/v1/countries",
            R"({"key":"gtm","iso3":"GTM","name":"Guatemala","name_fr":"Guatemala","source_id":"article"})",
            as(admin_token));
        ASSERT_EQ(country.status, 201) << country.body;
    }

    static json::object submit(const std::string& token = editor_token) {
        json::object body{{"text", article_text},
                          {"outlet", "Test Wire"},
                          {"title", "Guatemalan contingent lands"},
                          {"url", "https://example.org/gtm"},
                          {"published", "2024-11-08"}};
        auto response = client().request("POST", "/api/v1/extractions", json::serialize(body), as(token));
        EXPECT_EQ(response.status, 201) << response.body;
        return response.status == 201 ? response.json().as_object() : json::object{};
    }

    // The n of the deployment event candidate, or 0.
    static std::int64_t arrival_of(const json::object& extraction) {
        if (!extraction.contains("candidates")) return 0;
        for (const auto& candidate : extraction.at("candidates").as_array())
            if (candidate.at("kind") == "deployment_events") return candidate.at("n").as_int64();
        return 0;
    }

    static std::string decide_path(const json::object& extraction, std::int64_t n, const char* verb) {
        return "/api/v1/extractions/" + std::to_string(extraction.at("id").as_int64()) + "/candidates/" +
               std::to_string(n) + "/" + verb;
    }

    // The id of the newest audit row (the log lists newest first): every write appends one.
    static std::int64_t audit_total() {
        auto audit = client().request("GET", "/api/v1/audit?limit=1", {}, as(admin_token));
        EXPECT_EQ(audit.status, 200) << audit.body;
        if (audit.status != 200) return -1;
        const auto body = audit.json();
        const auto& items = body.at("items").as_array();
        return items.empty() ? 0 : items[0].at("id").as_int64();
    }
};

TEST_F(extraction_review, submitting_stores_the_candidates_pending_with_their_spans) {
    auto extraction = submit();
    ASSERT_FALSE(extraction.empty());
    EXPECT_EQ(extraction.at("state"), "pending");
    const auto n = arrival_of(extraction);
    ASSERT_GT(n, 0) << json::serialize(extraction);
    const auto& candidate = extraction.at("candidates").as_array()[n - 1].as_object();
    EXPECT_EQ(candidate.at("state"), "pending");
    EXPECT_EQ(candidate.at("record").at("country"), "GTM");
    EXPECT_EQ(candidate.at("record").at("count"), 150);
    const std::string text(extraction.at("text").as_string());
    const auto start = static_cast<std::size_t>(candidate.at("span").at("start").as_int64());
    const auto end = static_cast<std::size_t>(candidate.at("span").at("end").as_int64());
    EXPECT_NE(text.substr(start, end - start).find("150 Guatemalan soldiers arrived"), std::string::npos);

    auto listed = client().request("GET", "/api/v1/extractions", {}, as(viewer_token));
    ASSERT_EQ(listed.status, 200) << listed.body;
    EXPECT_GE(listed.json().at("total").as_int64(), 1);
    auto shown = client().request(
        "GET", "/api/v1/extractions/" + std::to_string(extraction.at("id").as_int64()), {}, as(viewer_token));
    ASSERT_EQ(shown.status, 200) << shown.body;
    EXPECT_EQ(shown.json().as_object(), extraction);
}

TEST_F(extraction_review, accepting_writes_the_record_its_source_and_audit_rows) {
    auto extraction = submit();
    const auto n = arrival_of(extraction);
    ASSERT_GT(n, 0);
    const auto events = total("deployment_events");
    const auto sources = total("sources");
    const auto audited = audit_total();
    auto accepted = client().request("POST", decide_path(extraction, n, "accept"), {}, as(editor_token));
    ASSERT_EQ(accepted.status, 200) << accepted.body;
    const auto decided = accepted.json();
    const auto& candidate = decided.at("candidates").as_array()[n - 1];
    EXPECT_EQ(candidate.at("state"), "accepted");
    EXPECT_EQ(total("deployment_events"), events + 1);
    EXPECT_EQ(total("sources"), sources + 1);
    EXPECT_EQ(audit_total(), audited + 2);

    const std::string record_key(candidate.at("record_key").as_string());
    auto record = client().request("GET", "/api/v1/deployment_events/" + record_key, {}, as(viewer_token));
    ASSERT_EQ(record.status, 200) << record.body;
    EXPECT_EQ(record.json().at("source_id"), accepted.json().at("source_key"));
    auto source = client().request(
        "GET", "/api/v1/sources/" + std::string(accepted.json().at("source_key").as_string()), {},
        as(viewer_token));
    ASSERT_EQ(source.status, 200) << source.body;
    EXPECT_EQ(source.json().at("url"), "https://example.org/gtm");

    auto again = client().request("POST", decide_path(extraction, n, "accept"), {}, as(editor_token));
    EXPECT_EQ(again.status, 409) << again.body;
    EXPECT_EQ(again.header("content-type"), "application/problem+json");
    EXPECT_EQ(again.json().at("field"), "n");
}

TEST_F(extraction_review, an_edited_body_is_written_as_edited_and_validated) {
    auto extraction = submit();
    const auto n = arrival_of(extraction);
    ASSERT_GT(n, 0);
    auto record = extraction.at("candidates").as_array()[n - 1].at("record").as_object();
    record["count"] = "many";
    auto refused = client().request("POST", decide_path(extraction, n, "accept"), json::serialize(record),
                                    as(editor_token));
    EXPECT_EQ(refused.status, 422) << refused.body;
    EXPECT_EQ(refused.json().at("field"), "count");

    record["count"] = 160;
    auto accepted = client().request("POST", decide_path(extraction, n, "accept"), json::serialize(record),
                                     as(editor_token));
    ASSERT_EQ(accepted.status, 200) << accepted.body;
    const std::string key(accepted.json().at("candidates").as_array()[n - 1].at("record_key").as_string());
    auto written = client().request("GET", "/api/v1/deployment_events/" + key, {}, as(viewer_token));
    EXPECT_EQ(written.json().at("count"), 160);
}

TEST_F(extraction_review, rejecting_writes_nothing_but_the_state) {
    auto extraction = submit();
    const auto n = arrival_of(extraction);
    ASSERT_GT(n, 0);
    const auto events = total("deployment_events");
    const auto audited = audit_total();
    auto rejected = client().request("POST", decide_path(extraction, n, "reject"), {}, as(editor_token));
    ASSERT_EQ(rejected.status, 200) << rejected.body;
    EXPECT_EQ(rejected.json().at("candidates").as_array()[n - 1].at("state"), "rejected");
    EXPECT_EQ(total("deployment_events"), events);
    EXPECT_EQ(audit_total(), audited);
}

TEST_F(extraction_review, bad_input_is_problem_json_naming_the_field) {
    auto missing = client().request("POST", "/api/v1/extractions", R"({"text":"Some text.","title":"T"})",
                                    as(editor_token));
    EXPECT_EQ(missing.status, 422) << missing.body;
    EXPECT_EQ(missing.header("content-type"), "application/problem+json");
    EXPECT_EQ(missing.json().at("field"), "outlet");
    auto date = client().request("POST", "/api/v1/extractions",
                                 R"({"text":"Some text.","outlet":"O","title":"T","published":"8 Nov"})",
                                 as(editor_token));
    EXPECT_EQ(date.status, 422) << date.body;
    EXPECT_EQ(date.json().at("field"), "published");
    auto broken = client().request("POST", "/api/v1/extractions", "{", as(editor_token));
    EXPECT_EQ(broken.status, 400) << broken.body;
    auto unknown = client().request("GET", "/api/v1/extractions/99999", {}, as(viewer_token));
    EXPECT_EQ(unknown.status, 404) << unknown.body;
    EXPECT_EQ(unknown.json().at("field"), "id");
    auto viewer = client().request("POST", "/api/v1/extractions",
                                   R"({"text":"Some text.","outlet":"O","title":"T"})", as(viewer_token));
    EXPECT_EQ(viewer.status, 403) << viewer.body;
}

TEST_F(extraction_review, the_list_pages_with_limit_offset_and_next_offset) {
    for (int i = 0; i < 3; ++i) ASSERT_FALSE(submit().empty());
    auto whole = client().request("GET", "/api/v1/extractions", {}, as(viewer_token));
    ASSERT_EQ(whole.status, 200) << whole.body;
    const auto total = whole.json().at("total").as_int64();
    ASSERT_GE(total, 3);
    EXPECT_TRUE(whole.json().at("next_offset").is_null());

    auto first = client().request("GET", "/api/v1/extractions?limit=2", {}, as(viewer_token));
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(first.json().at("items").as_array().size(), 2u);
    EXPECT_EQ(first.json().at("total"), total);
    EXPECT_EQ(first.json().at("limit"), 2);
    EXPECT_EQ(first.json().at("next_offset"), 2);
    // Newest first, and the second page starts where the first ended.
    const auto whole_page = whole.json();  // Held: json() parses the body into a new value each call.
    const auto& newest = whole_page.at("items").as_array();
    EXPECT_EQ(first.json().at("items").as_array()[0].at("id"), newest[0].at("id"));
    auto second = client().request("GET", "/api/v1/extractions?limit=2&offset=2", {}, as(viewer_token));
    ASSERT_EQ(second.status, 200) << second.body;
    EXPECT_EQ(second.json().at("offset"), 2);
    EXPECT_EQ(second.json().at("items").as_array()[0].at("id"), newest[2].at("id"));

    auto bad = client().request("GET", "/api/v1/extractions?limit=0", {}, as(viewer_token));
    ASSERT_EQ(bad.status, 422) << bad.body;
    EXPECT_EQ(bad.json().at("field"), "limit");
    EXPECT_EQ(bad.json().at("detail"), "limit must be a whole number from 1 to 1000, got \"0\"");
    auto typo = client().request("GET", "/api/v1/extractions?page=2", {}, as(viewer_token));
    ASSERT_EQ(typo.status, 422) << typo.body;
    EXPECT_EQ(typo.json().at("field"), "page");
}

}  // namespace
}  // namespace mssops::api_test
