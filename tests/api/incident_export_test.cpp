#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "api/server_process.hpp"

namespace mssops::api_test {
namespace {

const std::string case_dir = MSSOPS_SOURCE_DIR "/tests/cases/incidents-small/";

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

class IncidentExport : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(run_mssops({"--db", db_, "init"}).exit_code, 0);
        auto imported = run_mssops({"--db", db_, "incidents", "import", case_dir + "input.csv"});
        ASSERT_EQ(imported.exit_code, 0) << imported.out;
    }

    TempDir dir_;
    const std::string db_ = (dir_.path() / "mssops.db").string();
};

TEST_F(IncidentExport, streams_the_small_case_to_standard_output_byte_for_byte_as_before) {
    const std::vector<std::pair<std::vector<std::string>, std::string>> exports = {
        {{}, "export.csv"}, {{"--hxl"}, "export-hxl.csv"}, {{"--format", "geojson"}, "export.geojson"}};
    for (const auto& [options, expected] : exports) {
        std::vector<std::string> arguments = {"--db", db_, "incidents", "export"};
        arguments.insert(arguments.end(), options.begin(), options.end());
        auto exported = run_mssops(arguments);
        ASSERT_EQ(exported.exit_code, 0) << expected;
        EXPECT_EQ(exported.out, file_text(case_dir + expected)) << expected;
    }
}

TEST_F(IncidentExport, writes_the_same_bytes_to_an_output_file) {
    const std::string output = (dir_.path() / "out.geojson").string();
    auto exported =
        run_mssops({"--db", db_, "incidents", "export", "--format", "geojson", "--output", output});
    ASSERT_EQ(exported.exit_code, 0) << exported.out;
    EXPECT_EQ(exported.out, "");
    EXPECT_EQ(file_text(output), file_text(case_dir + "export.geojson"));
}

}  // namespace
}  // namespace mssops::api_test
