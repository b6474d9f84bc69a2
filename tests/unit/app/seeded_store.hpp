#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "domain/partial_date.hpp"
#include "ingest/dataset_reader.hpp"
#include "ingest/reference_csv.hpp"
#include "store/store.hpp"

namespace mssops::app {

// A real SQLite store in a temporary file holding the repository's reference data set (data/reference
// and data/mss-haiti, which ship in the repository): the typed use cases run on it as the faces run them.
class SeededStore : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = std::filesystem::temp_directory_path() /
                ("mssops-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
                 "-" + std::to_string(::getpid()) + ".db");
        remove_files();
        auto store = store::open_store(path_.string());
        ASSERT_TRUE(store) << store.error().message;
        store_ = std::move(*store);
        auto dataset = ingest::read_dataset({std::filesystem::path(MSSOPS_SOURCE_DIR) / "data/reference",
                                             std::filesystem::path(MSSOPS_SOURCE_DIR) / "data/mss-haiti"});
        ASSERT_TRUE(dataset) << dataset.error().field << ": " << dataset.error().message;
        ASSERT_TRUE(store_->records().apply(dataset->changes, store::Actor{"seed"}));
    }
    void TearDown() override {
        store_.reset();
        remove_files();
    }

    store::Store& store() { return *store_; }

    /// The reference tables the faces load: exchange rates and the shipped scale of assessments.
    ingest::FundingReference funding_reference() {
        auto loaded = ingest::load_funding_reference(std::string(MSSOPS_SOURCE_DIR) + "/data", "");
        EXPECT_TRUE(loaded) << loaded.error().message;
        return loaded ? *loaded : ingest::FundingReference{};
    }

private:
    void remove_files() {
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_.string() + suffix);
    }

    std::filesystem::path path_;
    std::unique_ptr<store::Store> store_;
};

/// A day written as YYYY-MM-DD, for tests.
inline std::chrono::sys_days day(const char* text) {
    return domain::parse_iso_day(text, "test").value();
}

}  // namespace mssops::app
