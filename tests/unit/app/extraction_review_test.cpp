#include "app/extraction_review.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/dataset_reader.hpp"

namespace mssops::app {
namespace {

namespace fs = std::filesystem;
using domain::ErrorCode;
using domain::Principal;
using domain::Role;

// Our own sentence: a contingent the reference data does not hold.
constexpr const char* arrival_text =
    "Some 150 Guatemalan soldiers arrived in Haiti on Tuesday to join the MSS.";

// A SQLite store holding the reference data set, and an article submitted for review.
class ExtractionReview : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = fs::temp_directory_path() / ("mssops-review-" + std::to_string(::getpid()) + ".db");
        fs::remove(path_);
        auto store = store::open_store(path_.string());
        ASSERT_TRUE(store) << store.error().message;
        store_ = std::move(*store);
        auto dataset = ingest::read_dataset(
            {fs::path(MSSOPS_SOURCE_DIR) / "data/reference", fs::path(MSSOPS_SOURCE_DIR) / "data/mss-haiti"});
        ASSERT_TRUE(dataset) << dataset.error().field << ": " << dataset.error().message;
        ASSERT_TRUE(store_->records().apply(dataset->changes, store::Actor{"seed"}));
    }
    void TearDown() override {
        store_.reset();
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_.string() + suffix);
    }

    store::StoredExtraction submit(const std::string& text) {
        auto submitted = submit_extraction(
            *store_, {text, "Test Wire", "Contingent lands", "", "2024-11-08", ""}, editor_, who_);
        EXPECT_TRUE(submitted) << submitted.error().field << ": " << submitted.error().message;
        return submitted ? *submitted : store::StoredExtraction{};
    }

    // The index of the first candidate of `kind`, or 0.
    static std::int64_t index_of(const store::StoredExtraction& extraction, const std::string& kind) {
        for (const auto& candidate : extraction.candidates)
            if (candidate.kind == kind) return candidate.index;
        return 0;
    }

    // The newest audit id: every write appends one row.
    std::int64_t audit_rows() {
        auto latest = store_->audit().latest_id();
        return latest ? *latest : -1;
    }

    fs::path path_;
    std::unique_ptr<store::Store> store_;
    Principal editor_{"ed", {Role::editor}, {domain::EditDomain::force}, ""};
    store::Actor who_{"user:ed"};
};

TEST_F(ExtractionReview, submitting_stores_the_candidates_pending_and_writes_no_record) {
    const auto before = audit_rows();
    auto extraction = submit(arrival_text);
    EXPECT_EQ(extraction.state, "pending");
    const auto n = index_of(extraction, "deployment_events");
    ASSERT_GT(n, 0);
    const auto& candidate = extraction.candidates[n - 1];
    EXPECT_EQ(candidate.match_status, "new");
    EXPECT_EQ(extraction.text.substr(candidate.span_start, candidate.span_end - candidate.span_start),
              "Some 150 Guatemalan soldiers arrived in Haiti on Tuesday");
    EXPECT_EQ(audit_rows(), before);
}

TEST_F(ExtractionReview, a_submission_without_an_outlet_is_refused_naming_it) {
    auto submitted = submit_extraction(*store_, {arrival_text, "", "Title", "", "", ""}, editor_, who_);
    ASSERT_FALSE(submitted);
    EXPECT_EQ(submitted.error().field, "outlet");
    EXPECT_EQ(submitted.error().message, "must give the outlet that published it, got nothing");
}

TEST_F(ExtractionReview, a_viewer_may_not_submit) {
    auto submitted =
        submit_extraction(*store_, {arrival_text, "Wire", "Title", "", "", ""}, {"vi", {Role::viewer}}, who_);
    ASSERT_FALSE(submitted);
    EXPECT_EQ(submitted.error().code, ErrorCode::forbidden);
}

TEST_F(ExtractionReview, accepting_writes_the_record_citing_one_source_for_the_article) {
    auto extraction = submit(arrival_text);
    const auto n = index_of(extraction, "deployment_events");
    ASSERT_GT(n, 0);
    const auto before = audit_rows();
    auto accepted = accept_candidate(*store_, extraction.id, n, std::nullopt, editor_, who_);
    ASSERT_TRUE(accepted) << accepted.error().field << ": " << accepted.error().message;
    const std::string source_key = "extraction-" + std::to_string(extraction.id);
    EXPECT_EQ(accepted->source_key, source_key);
    EXPECT_EQ(accepted->candidates[n - 1].state, "accepted");
    const std::string record_key = source_key + "-" + std::to_string(n);
    EXPECT_EQ(accepted->candidates[n - 1].record_key, record_key);
    auto record = store_->records().find_by_key("deployment_events", record_key);
    ASSERT_TRUE(record) << record.error().message;
    EXPECT_EQ(std::get<std::string>(record->fields.at("source_id")), source_key);
    auto source = store_->records().find_by_key("sources", source_key);
    ASSERT_TRUE(source);
    EXPECT_EQ(std::get<std::string>(source->fields.at("publisher")), "Test Wire");
    EXPECT_EQ(audit_rows(), before + 2);  // The source and the record.

    auto again = accept_candidate(*store_, extraction.id, n, std::nullopt, editor_, who_);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    EXPECT_EQ(again.error().message, "candidate " + std::to_string(n) + " was already accepted");
}

TEST_F(ExtractionReview, accepting_a_conflicting_arrival_links_it_to_the_stored_movement) {
    // Our own sentence: the reference data holds 75 (and 77) Guatemalans arriving on 4 January 2025.
    auto submitted = submit_extraction(
        *store_,
        {"Some 80 Guatemalan soldiers arrived in Haiti on Saturday, January 4, to join the MSS.", "Test Wire",
         "Second group lands", "", "2025-01-06", ""},
        editor_, who_);
    ASSERT_TRUE(submitted) << submitted.error().field << ": " << submitted.error().message;
    const auto n = index_of(*submitted, "deployment_events");
    ASSERT_GT(n, 0);
    const auto& candidate = submitted->candidates[n - 1];
    ASSERT_EQ(candidate.match_status, "conflicts");
    EXPECT_EQ(candidate.match_key.rfind("gtm-military-arrived-2025-01-04-", 0), 0u) << candidate.match_key;
    auto accepted = accept_candidate(*store_, submitted->id, n, std::nullopt, editor_, who_);
    ASSERT_TRUE(accepted) << accepted.error().field << ": " << accepted.error().message;
    auto record = store_->records().find_by_key("deployment_events", accepted->candidates[n - 1].record_key);
    ASSERT_TRUE(record);
    ASSERT_TRUE(record->text("same_movement_as"));
    EXPECT_EQ(*record->text("same_movement_as"), candidate.match_key);
}

TEST_F(ExtractionReview, accepting_a_new_arrival_links_it_to_nothing) {
    auto extraction = submit(arrival_text);
    const auto n = index_of(extraction, "deployment_events");
    ASSERT_GT(n, 0);
    auto accepted = accept_candidate(*store_, extraction.id, n, std::nullopt, editor_, who_);
    ASSERT_TRUE(accepted) << accepted.error().field << ": " << accepted.error().message;
    auto record = store_->records().find_by_key("deployment_events", accepted->candidates[n - 1].record_key);
    ASSERT_TRUE(record);
    EXPECT_FALSE(record->text("same_movement_as"));
}

TEST_F(ExtractionReview, an_unknown_speaker_is_a_candidate_person_that_the_records_citing_it_resolve_to) {
    // Our own sentence, with a made-up speaker the reference data does not hold.
    auto extraction = submit(
        "\"Our officers will stay until the job is done,\" Kenyan Cabinet Secretary Daniel Mwangi said on "
        "Tuesday.");
    const auto n = index_of(extraction, "persons");
    ASSERT_GT(n, 0);
    const auto& person = extraction.candidates[n - 1];
    EXPECT_EQ(person.match_status, "new");
    EXPECT_EQ(*domain::text_of(person.fields, "key"), "daniel-mwangi");
    EXPECT_EQ(*domain::text_of(person.fields, "role"), "Cabinet Secretary of Kenya");
    Principal council_editor{"ce", {Role::editor}, {domain::EditDomain::council}, ""};
    auto accepted = accept_candidate(*store_, extraction.id, n, std::nullopt, council_editor, who_);
    ASSERT_TRUE(accepted) << accepted.error().field << ": " << accepted.error().message;
    EXPECT_EQ(accepted->candidates[n - 1].record_key, "daniel-mwangi");
    auto stored = store_->records().find_by_key("persons", "daniel-mwangi");
    ASSERT_TRUE(stored) << stored.error().message;
    EXPECT_EQ(*stored->text("name"), "Daniel Mwangi");
    EXPECT_EQ(*stored->text("country"), "KEN");
    EXPECT_EQ(*stored->text("source_id"), "extraction-" + std::to_string(extraction.id));

    // Every other candidate that names the speaker names the stored person now.
    int citing = 0;
    for (const auto& candidate : extraction.candidates) {
        if (candidate.kind == "persons") continue;
        for (const char* field : {"actor", "participants"}) {
            auto found = candidate.fields.find(field);
            if (found == candidate.fields.end()) continue;
            std::vector<std::string> named;
            if (const auto* one = std::get_if<std::string>(&found->second)) named.push_back(*one);
            if (const auto* many = std::get_if<domain::TextList>(&found->second)) named = *many;
            for (const auto& key : named)
                if (key == "daniel-mwangi") ++citing;
        }
    }
    EXPECT_GT(citing, 0) << "no candidate cites the speaker";
}

TEST_F(ExtractionReview, an_edited_record_is_validated_and_written_as_edited) {
    auto extraction = submit(arrival_text);
    const auto n = index_of(extraction, "deployment_events");
    ASSERT_GT(n, 0);
    auto edited = extraction.candidates[n - 1].fields;
    edited["count"] = std::string("many");
    auto refused = accept_candidate(*store_, extraction.id, n, edited, editor_, who_);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(refused.error().field, "count");

    edited["count"] = std::int64_t{160};
    auto accepted = accept_candidate(*store_, extraction.id, n, edited, editor_, who_);
    ASSERT_TRUE(accepted) << accepted.error().field << ": " << accepted.error().message;
    auto record = store_->records().find_by_key("deployment_events", accepted->candidates[n - 1].record_key);
    ASSERT_TRUE(record);
    EXPECT_EQ(std::get<std::int64_t>(record->fields.at("count")), 160);
}

TEST_F(ExtractionReview, a_liaison_accepts_only_their_own_countrys_events) {
    auto extraction = submit(arrival_text);
    const auto n = index_of(extraction, "deployment_events");
    ASSERT_GT(n, 0);
    Principal kenya{"kl", {Role::liaison}, {}, "KEN"};
    auto refused = accept_candidate(*store_, extraction.id, n, std::nullopt, kenya, {"user:kl"});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
    Principal guatemala{"gl", {Role::liaison}, {}, "GTM"};
    auto accepted = accept_candidate(*store_, extraction.id, n, std::nullopt, guatemala, {"user:gl"});
    ASSERT_TRUE(accepted) << accepted.error().message;
}

TEST_F(ExtractionReview, rejecting_writes_nothing_but_the_state) {
    auto extraction = submit(arrival_text);
    const auto n = index_of(extraction, "deployment_events");
    ASSERT_GT(n, 0);
    const auto before = audit_rows();
    auto rejected = reject_candidate(*store_, extraction.id, n, editor_, who_);
    ASSERT_TRUE(rejected) << rejected.error().message;
    EXPECT_EQ(rejected->candidates[n - 1].state, "rejected");
    EXPECT_EQ(audit_rows(), before);
    EXPECT_FALSE(store_->records().find_by_key("sources", "extraction-" + std::to_string(extraction.id)));
}

}  // namespace
}  // namespace mssops::app
