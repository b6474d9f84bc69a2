#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "store/store.hpp"

namespace mssops::http::auth {

/// A SQLite store in a fresh directory of its own, removed afterwards; for tests of the auth services.
class TemporaryStore {
public:
    TemporaryStore() {
        const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
        directory_ = std::filesystem::temp_directory_path() /
                     ("mssops-auth-" + std::string(test->test_suite_name()) + "-" + test->name());
        std::filesystem::remove_all(directory_);
        std::filesystem::create_directories(directory_);
        auto opened = store::open_store((directory_ / "auth.db").string());
        if (!opened)
            ADD_FAILURE() << opened.error().message;
        else
            store_ = std::move(opened).value();
    }
    ~TemporaryStore() {
        store_.reset();
        std::filesystem::remove_all(directory_);
    }

    store::Store& store() { return *store_; }

    /// Closes the store and returns every byte it wrote: the file, its write-ahead log and index.
    std::string close_and_read_bytes() {
        store_.reset();
        std::string bytes;
        for (const auto& entry : std::filesystem::directory_iterator(directory_)) {
            std::ifstream file(entry.path(), std::ios::binary);
            bytes.append(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
        }
        return bytes;
    }

private:
    std::filesystem::path directory_;
    std::unique_ptr<store::Store> store_;
};

}  // namespace mssops::http::auth
