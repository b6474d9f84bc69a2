#include <gtest/gtest.h>

#include <string>

#include "api/server_process.hpp"
#include "domain/kind_catalog.hpp"

namespace mssops::api_test {
namespace {

TEST(add_help, names_every_kind_and_each_field_of_deployment_events_with_its_type) {
    auto help = run_mssops({"add", "--help"});
    ASSERT_EQ(help.exit_code, 0) << help.out;
    for (const auto& kind : domain::all_kinds())
        EXPECT_NE(help.out.find("\n" + kind.name + ": "), std::string::npos) << kind.name;
    EXPECT_NE(help.out.find("  personnel_type  choice, required: police | military | civilian\n"),
              std::string::npos)
        << help.out;
    EXPECT_NE(help.out.find("  count  integer, required, 1..1000000\n"), std::string::npos) << help.out;
    EXPECT_NE(help.out.find("  same_movement_as  reference -> deployment_events\n"), std::string::npos)
        << help.out;
    EXPECT_NE(help.out.find("  notes  text\n"), std::string::npos) << help.out;
}

}  // namespace
}  // namespace mssops::api_test
