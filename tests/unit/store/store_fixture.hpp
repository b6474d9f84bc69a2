#pragma once

// The store suite runs unchanged on every backend: SQLite always, PostgreSQL when
// MSSOPS_TEST_POSTGRES_URL names a server (scripts/with-postgres.sh starts a throwaway one).

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>
#include <atomic>
#include <cstdlib>
#include <pqxx/pqxx>
#include <stdexcept>

#include "store/store.hpp"

namespace mssops::store::testing {

/// The backends to run the suite on: {"sqlite"} plus "postgresql" when the server URL is set.
std::vector<std::string> test_backends();

/// A fresh, empty place for one test's store: a temporary folder, and for PostgreSQL a schema of
/// its own. Removed (dropped) on destruction.
class ScratchStore {
public:
    explicit ScratchStore(const std::string& backend);
    ~ScratchStore();
    ScratchStore(const ScratchStore&) = delete;
    ScratchStore& operator=(const ScratchStore&) = delete;

    /// The location to pass to open_store().
    const std::string& location() const { return location_; }
    /// A path inside the temporary folder (which is empty at first).
    std::string file(const std::string& name) const { return (folder_ / name).string(); }

private:
    std::filesystem::path folder_;
    std::string location_;
    std::string schema_;  // PostgreSQL only.
};

/// A test with a fresh store of the backend named by the parameter.
class StoreTest : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override;
    void TearDown() override;
    /// Closes the store and opens it again at the same location.
    void reopen();
    RecordStore& records() { return store_->records(); }

    std::unique_ptr<ScratchStore> scratch_;
    std::unique_ptr<Store> store_;
    Actor alice_{"user:alice"};
};

/// Field maps for tests, with shorthands for the common kinds.
domain::Fields source_fields(const std::string& key);
domain::Fields mission_fields(const std::string& key, const std::string& source_key);
domain::Fields deployment_fields(const std::string& key, const std::string& country, const std::string& date,
                                 std::int64_t count);

/// Creates the record or fails the test.
domain::Record must_create(RecordStore& records, const std::string& kind, const domain::Fields& fields);

/// The number of audit entries for all kinds (up to 1000).
std::size_t audit_count(Store& store);

inline const char* postgres_url() {
    const char* url = std::getenv("MSSOPS_TEST_POSTGRES_URL");
    return url && *url ? url : nullptr;
}

inline std::filesystem::path make_temp_folder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "mssops-store-XXXXXX").string();
    char* made = mkdtemp(pattern.data());
    if (!made) throw std::runtime_error("cannot create a temporary folder in " + pattern);
    return made;
}

inline std::vector<std::string> test_backends() {
    std::vector<std::string> backends{"sqlite"};
    if (postgres_url()) backends.emplace_back("postgresql");
    return backends;
}

inline ScratchStore::ScratchStore(const std::string& backend) : folder_(make_temp_folder()) {
    if (backend == "sqlite") {
        location_ = file("mssops.db");
        return;
    }
    static std::atomic<int> counter{0};
    schema_ = "test_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
    pqxx::connection connection(postgres_url());
    pqxx::work work(connection);
    work.exec0("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
    work.exec0("CREATE SCHEMA " + schema_);
    work.commit();
    const std::string base = postgres_url();
    location_ =
        base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
}

inline ScratchStore::~ScratchStore() {
    std::error_code ec;
    std::filesystem::remove_all(folder_, ec);
    if (schema_.empty()) return;
    try {
        pqxx::connection connection(postgres_url());
        pqxx::work work(connection);
        work.exec0("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
        work.commit();
    } catch (const std::exception& failure) {
        ADD_FAILURE() << "cannot drop test schema " << schema_ << ": " << failure.what();
    }
}

inline void StoreTest::SetUp() {
    scratch_ = std::make_unique<ScratchStore>(GetParam());
    auto opened = open_store(scratch_->location());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(opened).value();
}

inline void StoreTest::TearDown() {
    store_.reset();
    scratch_.reset();
}

inline void StoreTest::reopen() {
    store_.reset();
    auto opened = open_store(scratch_->location());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(opened).value();
}

inline domain::Fields source_fields(const std::string& key) {
    return {{"key", key}, {"publisher", std::string("Example News")}, {"title", std::string("A report")}};
}

inline domain::Fields mission_fields(const std::string& key, const std::string& source_key) {
    return {{"key", key},
            {"name", std::string("Multinational Security Support Mission")},
            {"host_country", std::string("HTI")},
            {"mission_kind", std::string("multinational_authorized")},
            {"source_id", source_key}};
}

inline domain::Fields deployment_fields(const std::string& key, const std::string& country,
                                        const std::string& date, std::int64_t count) {
    return {{"key", key},         {"mission", std::string("mss-haiti")},
            {"country", country}, {"personnel_type", std::string("police")},
            {"count", count},     {"event", std::string("arrived")},
            {"date", date},       {"source_id", std::string("article")}};
}

inline domain::Record must_create(RecordStore& records, const std::string& kind,
                                  const domain::Fields& fields) {
    auto created = records.create(kind, fields, Actor{"test"});
    if (!created) {
        ADD_FAILURE() << "cannot create " << kind << ": " << created.error().field << ": "
                      << created.error().message;
        return {};
    }
    return std::move(created).value();
}

inline std::size_t audit_count(Store& store) {
    AuditQuery query;
    query.limit = 1000;
    auto entries = store.audit().list(query);
    if (!entries) {
        ADD_FAILURE() << entries.error().message;
        return 0;
    }
    return entries->size();
}

}  // namespace mssops::store::testing
