#include "http/export_response.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "http/upload_file.hpp"

namespace mssops::http {
namespace {

Request with_query(std::map<std::string, std::string> query) {
    Request request;
    request.query = std::move(query);
    return request;
}

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(requested_export, is_none_without_a_format) {
    auto format = requested_export(with_query({{"limit", "5"}}));
    ASSERT_TRUE(format);
    EXPECT_FALSE(*format);
}

TEST(requested_export, refuses_an_offset_with_a_format) {
    auto format = requested_export(with_query({{"format", "json"}, {"offset", "100"}}));
    ASSERT_FALSE(format);
    EXPECT_EQ(format.error().field, "offset");
    EXPECT_EQ(format.error().message,
              "does not apply to an export, which holds every row the filters select; leave it out");
}

TEST(export_response, writes_the_rows_to_a_file_it_answers_as_an_attachment) {
    exports::TableShape shape{.columns = {{"country", "#country+code"}, {"count", "#indicator+num"}}};
    auto response = export_response(exports::ExportFormat::hxl, shape, "strength", [](const RowSink& sink) {
        sink({std::string("KEN"), std::int64_t{400}});
        sink({std::string("JAM"), std::int64_t{24}});
        return domain::Result<void>();
    });
    ASSERT_TRUE(response);
    ASSERT_TRUE(response->body_file);
    EXPECT_EQ(response->content_type, "text/csv; charset=utf-8");
    EXPECT_EQ(response->headers.at(0).second, "attachment; filename=\"strength.csv\"");
    EXPECT_EQ(file_text(response->body_file->path()),
              "country,count\r\n#country+code,#indicator+num\r\nKEN,400\r\nJAM,24\r\n");
    const std::string path = response->body_file->path();
    response = domain::Error::internal("dropped");
    EXPECT_FALSE(std::ifstream(path).good()) << "the file outlived its response";
}

TEST(export_response, passes_on_the_error_of_the_rows) {
    auto response = export_response(exports::ExportFormat::csv, {.columns = {{"a", ""}}}, "x",
                                    [](const RowSink&) -> domain::Result<void> {
                                        return domain::Error::unavailable("the store is down");
                                    });
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().message, "the store is down");
}

}  // namespace
}  // namespace mssops::http
