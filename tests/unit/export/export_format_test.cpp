#include "export/export_format.hpp"

#include <gtest/gtest.h>

namespace mssops::exports {
namespace {

TEST(parse_export_format, reads_every_format_by_its_name) {
    for (auto format : {ExportFormat::csv, ExportFormat::hxl, ExportFormat::json, ExportFormat::geojson,
                        ExportFormat::xlsx}) {
        auto parsed = parse_export_format(to_text(format), "format");
        ASSERT_TRUE(parsed) << to_text(format);
        EXPECT_EQ(*parsed, format);
    }
}

TEST(parse_export_format, rejects_an_unknown_format_listing_the_known) {
    auto parsed = parse_export_format("pdf", "format");
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().field, "format");
    EXPECT_EQ(parsed.error().message, "must be one of csv, hxl, json, geojson, xlsx, got \"pdf\"");
}

TEST(file_extension, gives_hxl_the_csv_extension_and_the_others_their_own) {
    EXPECT_STREQ(file_extension(ExportFormat::hxl), "csv");
    EXPECT_STREQ(file_extension(ExportFormat::geojson), "geojson");
    EXPECT_STREQ(content_type(ExportFormat::xlsx),
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

}  // namespace
}  // namespace mssops::exports
