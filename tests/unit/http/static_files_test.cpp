#include "http/static_files.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace mssops::http {
namespace {

namespace fs = std::filesystem;

std::string header_of(const Response& response, std::string_view name) {
    for (const auto& [key, value] : response.headers)
        if (key == name) return value;
    return "";
}

class static_files : public ::testing::Test {
protected:
    void SetUp() override {
        root_ = fs::temp_directory_path() /
                ("mssops-static-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
        fs::remove_all(root_);
        fs::create_directories(root_ / "assets");
        write("index.html", "<!doctype html><title>mssops</title>");
        write("assets/app-3f2a.js", std::string(4000, 'a'));
        write("logo.png", "\x89PNG");
        auto loaded = StaticFiles::load(root_.string());
        ASSERT_TRUE(loaded);
        files_ = std::make_unique<StaticFiles>(std::move(loaded).value());
    }
    void TearDown() override { fs::remove_all(root_); }
    void write(const std::string& name, const std::string& bytes) {
        std::ofstream(root_ / name, std::ios::binary) << bytes;
    }
    Response get(std::string path, std::map<std::string, std::string> headers = {}) {
        Request request;
        request.method = Method::get;
        request.path = std::move(path);
        request.headers = std::move(headers);
        auto response = files_->serve(request);
        EXPECT_TRUE(response) << response.error().message;
        return response ? std::move(response).value() : Response{};
    }

    fs::path root_;
    std::unique_ptr<StaticFiles> files_;
};

TEST_F(static_files, serves_index_html_for_the_root_without_caching_it_blindly) {
    auto response = get("/");
    EXPECT_EQ(response.status, 200);
    EXPECT_EQ(response.content_type, "text/html; charset=utf-8");
    EXPECT_EQ(header_of(response, "Cache-Control"), "no-cache");
    EXPECT_FALSE(header_of(response, "ETag").empty());
    EXPECT_EQ(response.payload(), "<!doctype html><title>mssops</title>");
}

TEST_F(static_files, marks_fingerprinted_assets_immutable) {
    auto response = get("/assets/app-3f2a.js");
    EXPECT_EQ(response.content_type, "text/javascript; charset=utf-8");
    EXPECT_EQ(header_of(response, "Cache-Control"), "public, max-age=31536000, immutable");
}

TEST_F(static_files, answers_304_when_the_etag_matches) {
    std::string etag = header_of(get("/index.html"), "ETag");
    auto response = get("/index.html", {{"if-none-match", "\"other\", " + etag}});
    EXPECT_EQ(response.status, 304);
    EXPECT_TRUE(response.payload().empty());
}

TEST_F(static_files, sends_gzip_when_the_client_accepts_it) {
    auto response = get("/assets/app-3f2a.js", {{"accept-encoding", "br, gzip;q=0.8"}});
    EXPECT_EQ(header_of(response, "Content-Encoding"), "gzip");
    EXPECT_EQ(header_of(response, "Vary"), "Accept-Encoding");
    EXPECT_LT(response.payload().size(), 4000u);
    EXPECT_EQ(static_cast<unsigned char>(response.payload()[0]), 0x1f);  // The gzip magic number.
    auto plain = get("/assets/app-3f2a.js", {{"accept-encoding", "gzip;q=0"}});
    EXPECT_EQ(header_of(plain, "Content-Encoding"), "");
    EXPECT_EQ(plain.payload().size(), 4000u);
}

TEST_F(static_files, falls_back_to_index_html_for_app_routes) {
    auto response = get("/council/simulator");
    EXPECT_EQ(response.content_type, "text/html; charset=utf-8");
    EXPECT_EQ(response.payload(), "<!doctype html><title>mssops</title>");
}

TEST_F(static_files, answers_404_for_a_missing_asset) {
    Request request;
    request.path = "/assets/app-old.js";
    auto response = files_->serve(request);
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().code, domain::ErrorCode::not_found);
    EXPECT_EQ(response.error().message, "no file /assets/app-old.js");
}

TEST_F(static_files, refuses_path_traversal) {
    for (std::string path : {"/../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd", "/a%2F..%2Fb", "/a%5Cb"}) {
        Request request;
        request.path = path;
        auto response = files_->serve(request);
        ASSERT_FALSE(response) << path;
        EXPECT_EQ(response.error().code, domain::ErrorCode::bad_syntax) << path;
        EXPECT_EQ(response.error().field, "path");
    }
}

TEST(content_type_for, knows_the_dashboard_file_types) {
    EXPECT_EQ(content_type_for("/a/b.css"), "text/css; charset=utf-8");
    EXPECT_EQ(content_type_for("/haiti.geojson"), "application/geo+json");
    EXPECT_EQ(content_type_for("/font.WOFF2"), "font/woff2");
    EXPECT_EQ(content_type_for("/v1.0/README"), "application/octet-stream");
}

TEST(accepts_gzip, reads_quality_values) {
    EXPECT_TRUE(accepts_gzip("gzip, deflate, br"));
    EXPECT_TRUE(accepts_gzip("*"));
    EXPECT_FALSE(accepts_gzip("gzip;q=0"));
    EXPECT_FALSE(accepts_gzip("br"));
    EXPECT_FALSE(accepts_gzip(""));
}

}  // namespace
}  // namespace mssops::http
