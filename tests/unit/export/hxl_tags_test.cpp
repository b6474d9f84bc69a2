#include "export/hxl_tags.hpp"

#include <gtest/gtest.h>

#include "domain/kind_catalog.hpp"
#include "ingest/hxl.hpp"

namespace mssops::exports {
namespace {

TEST(hxl_tag, gives_the_standard_hashtags_of_common_fields) {
    EXPECT_EQ(hxl_tag("funding_flows", "donor"), "#org+donor");
    EXPECT_EQ(hxl_tag("funding_flows", "amount_usd"), "#value+usd");
    EXPECT_EQ(hxl_tag("incidents", "fatalities"), "#affected+killed");
    EXPECT_EQ(hxl_tag("incidents", "adm1_pcode"), "#adm1+code");
    EXPECT_EQ(hxl_tag("deployment_events", "country"), "#country+code");
    EXPECT_EQ(hxl_tag("deployment_events", "date"), "#date");
}

TEST(hxl_tag, names_things_by_the_hashtag_of_their_kind) {
    EXPECT_EQ(hxl_tag("countries", "name"), "#country+name");
    EXPECT_EQ(hxl_tag("organisations", "name"), "#org+name");
    EXPECT_EQ(hxl_tag("incidents", "key"), "#event+code");
}

TEST(hxl_tag, tags_a_field_outside_the_dictionary_as_meta) {
    EXPECT_EQ(hxl_tag("resolutions", "penholders"), "#meta+penholders");
}

TEST(hxl_tag, gives_every_field_of_every_kind_a_tag_an_hxl_reader_accepts) {
    for (const auto& kind : domain::all_kinds())
        for (const auto& field : kind.fields) {
            const std::string tag = hxl_tag(kind.name, field.name);
            EXPECT_TRUE(ingest::HxlTag::parse(tag, "tag")) << kind.name << "." << field.name << ": " << tag;
        }
}

}  // namespace
}  // namespace mssops::exports
