#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <string>

#include "api/api_fixture.hpp"
#include "domain/access_policy.hpp"
#include "domain/kind_catalog.hpp"

namespace mssops::api_test {
namespace {

namespace json = boost::json;

class kind_catalog : public ApiFixture {};

const json::object* kind_named(const json::array& kinds, std::string_view name) {
    for (const auto& kind : kinds)
        if (kind.as_object().at("name").as_string() == name) return &kind.as_object();
    return nullptr;
}

TEST_F(kind_catalog, lists_every_catalog_kind_in_catalog_order) {
    auto response = client().request("GET", "/api/v1/kinds", {}, as(viewer_token));
    ASSERT_EQ(response.status, 200) << response.body;
    auto document = response.json();
    const auto& kinds = document.at("kinds").as_array();
    ASSERT_EQ(kinds.size(), domain::all_kinds().size());
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const auto& spec = domain::all_kinds()[i];
        const auto& kind = kinds[i].as_object();
        EXPECT_EQ(kind.at("name").as_string(), spec.name);
        EXPECT_EQ(kind.at("display_name").as_string(), spec.display_name);
        EXPECT_EQ(kind.at("fields").as_array().size(), spec.fields.size()) << spec.name;
    }
}

TEST_F(kind_catalog, gives_each_kind_its_edit_domain_and_liaison_scope) {
    auto response = client().request("GET", "/api/v1/kinds", {}, as(viewer_token));
    ASSERT_EQ(response.status, 200);
    auto document = response.json();
    const auto& kinds = document.at("kinds").as_array();
    for (const auto& spec : domain::all_kinds()) {
        const auto* kind = kind_named(kinds, spec.name);
        ASSERT_NE(kind, nullptr) << spec.name;
        auto domain = domain::edit_domain_of(spec.name);
        if (domain)
            EXPECT_EQ(kind->at("edit_domain").as_string(), domain::to_text(*domain)) << spec.name;
        else
            EXPECT_TRUE(kind->at("edit_domain").is_null()) << spec.name;
    }
    EXPECT_EQ(kind_named(kinds, "deployment_events")->at("edit_domain").as_string(), "force");
    EXPECT_EQ(kind_named(kinds, "deployment_events")->at("liaison_scope").as_string(), "own_country");
    EXPECT_EQ(kind_named(kinds, "funding_flows")->at("liaison_scope").as_string(), "none");
    EXPECT_EQ(kind_named(kinds, "admin_units")->at("edit_domain").as_string(), "incidents");
    EXPECT_TRUE(kind_named(kinds, "sources")->at("edit_domain").is_null());
    EXPECT_EQ(kind_named(kinds, "sources")->at("shared_edit").as_bool(), true);
    EXPECT_EQ(kind_named(kinds, "incidents")->at("stored_separately").as_bool(), true);
}

TEST_F(kind_catalog, names_the_personnel_type_vocabulary_where_fields_use_it) {
    auto response = client().request("GET", "/api/v1/kinds", {}, as(viewer_token));
    ASSERT_EQ(response.status, 200);
    auto body = response.json();
    const auto& document = body.as_object();
    const auto* vocabulary = domain::find_vocabulary(domain::vocabularies::personnel_types);
    ASSERT_NE(vocabulary, nullptr);
    const auto& values = document.at("vocabularies").at(vocabulary->name).as_object().at("values").as_array();
    EXPECT_EQ(json::serialize(values), R"(["police","military","civilian"])");
    const auto* events = kind_named(document.at("kinds").as_array(), "deployment_events");
    for (const auto& field : events->at("fields").as_array()) {
        if (field.at("name").as_string() != "personnel_type") continue;
        EXPECT_EQ(field.at("vocabulary").as_string(), "personnel_types");
        EXPECT_EQ(json::serialize(field.at("choices")), json::serialize(values));
        EXPECT_EQ(field.at("required").as_bool(), true);
    }
}

TEST_F(kind_catalog, refuses_an_anonymous_caller_and_is_in_the_openapi_document) {
    EXPECT_EQ(client().request("GET", "/api/v1/kinds").status, 401);
    auto openapi = client().request("GET", "/api/openapi.json");
    ASSERT_EQ(openapi.status, 200);
    auto body = openapi.json();
    const auto& document = body.as_object();
    EXPECT_TRUE(document.at("paths").as_object().contains("/api/v1/kinds"));
    EXPECT_TRUE(document.at("components").at("schemas").as_object().contains("KindCatalog"));
}

}  // namespace
}  // namespace mssops::api_test
