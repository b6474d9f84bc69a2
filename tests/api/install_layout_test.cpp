// Where `mssops serve` looks for the dashboard by default: beside an installed or unpacked binary,
// and only then in the build's own web/dist, which a deployed machine does not have.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "api/server_process.hpp"

namespace mssops::api_test {
namespace {

namespace fs = std::filesystem;

/// A copy of the mssops binary at `folder`/mssops.
std::string copy_binary(const fs::path& folder) {
    fs::create_directories(folder);
    fs::copy_file(MSSOPS_BINARY, folder / "mssops", fs::copy_options::overwrite_existing);
    return (folder / "mssops").string();
}

void write_index(const fs::path& folder) {
    fs::create_directories(folder);
    std::ofstream(folder / "index.html") << "<!DOCTYPE html><title>dashboard</title>\n";
}

std::string serve_help(const std::string& binary) {
    auto help = run_program(binary, {"serve", "--help"});
    EXPECT_EQ(help.exit_code, 0) << help.out;
    return help.out;
}

TEST(install_layout, an_installed_binary_serves_the_dashboard_from_share_mssops_web) {
    TempDir prefix;
    auto binary = copy_binary(prefix.path() / "bin");
    write_index(prefix.path() / "share" / "mssops" / "web");
    auto help = serve_help(binary);
    EXPECT_NE(help.find((prefix.path() / "share" / "mssops" / "web").string()), std::string::npos) << help;
}

TEST(install_layout, an_unpacked_binary_serves_the_web_folder_beside_it) {
    TempDir folder;
    auto binary = copy_binary(folder.path());
    write_index(folder.path() / "web");
    auto help = serve_help(binary);
    EXPECT_NE(help.find((folder.path() / "web").string()), std::string::npos) << help;
}

TEST(install_layout, a_binary_with_no_dashboard_beside_it_falls_back_to_the_build_tree) {
    TempDir folder;
    auto binary = copy_binary(folder.path());
    auto help = serve_help(binary);
    EXPECT_EQ(help.find(folder.path().string() + "/web"), std::string::npos) << help;
    EXPECT_NE(help.find("web/dist"), std::string::npos) << help;
}

}  // namespace
}  // namespace mssops::api_test
