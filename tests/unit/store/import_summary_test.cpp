#include "store/import_summary.hpp"

#include <gtest/gtest.h>

namespace mssops::store {

TEST(import_audit_text, writes_the_file_read_then_the_counts) {
    ImportSummary summary{.file = ImportedFile{.name = "acled.csv",
                                               .rows = 10,
                                               .skipped = 1,
                                               .located = 7,
                                               .located_by_name = 2,
                                               .outside_units = 1}};
    EXPECT_EQ(
        import_audit_text(summary, ImportCounts{.created = 8, .updated = 1, .unchanged = 0, .retired = 2}),
        R"({"file":"acled.csv","rows":10,"skipped":1,"located":7,"located_by_name":2,"outside_units":1,)"
        R"("created":8,"updated":1,"unchanged":0,"retired":2})");
}

TEST(import_audit_text, names_the_tool_of_a_copy_between_stores) {
    EXPECT_EQ(import_audit_text(ImportSummary{.copied_by = "migrate"}, ImportCounts{.created = 3}),
              R"({"copied_by":"migrate","created":3,"updated":0,"unchanged":0,"retired":0})");
}

TEST(import_audit_text, holds_only_the_counts_when_the_work_says_nothing) {
    EXPECT_EQ(import_audit_text(ImportSummary{}, ImportCounts{.unchanged = 4}),
              R"({"created":0,"updated":0,"unchanged":4,"retired":0})");
}

}  // namespace mssops::store
