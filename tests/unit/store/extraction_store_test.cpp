#include "store/extraction_store.hpp"

#include "unit/store/store_fixture.hpp"

// The review queue on every backend: an extraction is stored pending, and each candidate is decided
// once, its record written in the same transaction as the decision.
namespace mssops::store::testing {
namespace {

using domain::ErrorCode;

class ExtractionStoreTest : public StoreTest {
protected:
    ExtractionStore& extractions() { return store_->extractions(); }

    static StoredExtraction article() {
        StoredExtraction extraction;
        extraction.text = "A made-up article: 40 officers arrived on Monday.";
        extraction.outlet = "Test Wire";
        extraction.title = "Officers arrive";
        extraction.url = "https://example.org/a";
        extraction.published = "2024-11-08";
        StoredCandidate first;
        first.index = 1;
        first.kind = "sources";
        first.fields = source_fields("candidate-source");
        first.span_start = 19;
        first.span_end = 49;
        first.rule = "deployment.arrival";
        first.confidence = 0.75;
        StoredCandidate second = first;
        second.index = 2;
        second.match_status = "already_recorded";
        second.match_key = "stored-key";
        extraction.candidates = {first, second};
        return extraction;
    }

    StoredExtraction must_store() {
        auto created = extractions().create(article(), alice_);
        EXPECT_TRUE(created) << created.error().message;
        return created ? *created : StoredExtraction{};
    }
};

TEST_P(ExtractionStoreTest, stores_an_extraction_pending_with_its_candidates) {
    auto created = must_store();
    EXPECT_GT(created.id, 0);
    EXPECT_EQ(created.state, "pending");
    EXPECT_EQ(created.created_by, "user:alice");
    ASSERT_EQ(created.candidates.size(), 2u);
    auto got = extractions().get(created.id);
    ASSERT_TRUE(got) << got.error().message;
    EXPECT_EQ(got->text, "A made-up article: 40 officers arrived on Monday.");
    EXPECT_EQ(got->published, "2024-11-08");
    const auto& first = got->candidates[0];
    EXPECT_EQ(first.kind, "sources");
    EXPECT_EQ(first.fields, source_fields("candidate-source"));
    EXPECT_EQ(first.span_start, 19);
    EXPECT_EQ(first.span_end, 49);
    EXPECT_EQ(first.rule, "deployment.arrival");
    EXPECT_DOUBLE_EQ(first.confidence, 0.75);
    EXPECT_EQ(first.state, "pending");
    EXPECT_EQ(got->candidates[1].match_status, "already_recorded");
    EXPECT_EQ(got->candidates[1].match_key, "stored-key");

    auto listed = extractions().list(100, 0);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->items.size(), 1u);
    EXPECT_EQ(listed->total, 1);
    EXPECT_EQ(listed->items[0].title, "Officers arrive");
}

TEST_P(ExtractionStoreTest, the_list_pages_newest_first_with_the_total) {
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 3; ++i) ids.push_back(must_store().id);
    auto first = extractions().list(2, 0);
    ASSERT_TRUE(first) << first.error().message;
    EXPECT_EQ(first->total, 3);
    ASSERT_EQ(first->items.size(), 2u);
    EXPECT_EQ(first->items[0].id, ids[2]);
    EXPECT_EQ(first->items[1].id, ids[1]);
    EXPECT_EQ(store::extraction_page_to_json(*first).at("next_offset"), 2);
    auto last = extractions().list(2, 2);
    ASSERT_TRUE(last) << last.error().message;
    ASSERT_EQ(last->items.size(), 1u);
    EXPECT_EQ(last->items[0].id, ids[0]);
    EXPECT_TRUE(store::extraction_page_to_json(*last).at("next_offset").is_null());
}

TEST_P(ExtractionStoreTest, refuses_an_article_that_is_not_utf8_and_stores_nothing) {
    auto latin1 = article();
    latin1.text = "Police in Nord-Ouest (Nòdwès) said \xf2 in Latin-1.";
    auto refused = extractions().create(latin1, alice_);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(refused.error().field, "text");
    EXPECT_NE(refused.error().message.find("the store keeps UTF-8 text only"), std::string::npos)
        << refused.error().message;
    auto listed = extractions().list(10, 0);
    ASSERT_TRUE(listed) << listed.error().message;
    EXPECT_EQ(listed->total, 0);
}

TEST_P(ExtractionStoreTest, an_unknown_extraction_is_not_found_naming_id) {
    auto got = extractions().get(999);
    ASSERT_FALSE(got);
    EXPECT_EQ(got.error().code, ErrorCode::not_found);
    EXPECT_EQ(got.error().field, "id");
    EXPECT_EQ(got.error().message, "no extraction has id 999");
}

TEST_P(ExtractionStoreTest, accepting_writes_the_record_with_its_audit_row_and_marks_the_candidate) {
    auto created = must_store();
    const auto audited = audit_count(*store_);
    CandidateDecision decision{created.id,         1,
                               "accepted",         {{"sources", source_fields("candidate-source")}},
                               "candidate-source", "candidate-source"};
    auto decided = extractions().decide(decision, alice_);
    ASSERT_TRUE(decided) << decided.error().message;
    EXPECT_EQ(decided->candidates[0].state, "accepted");
    EXPECT_EQ(decided->candidates[0].record_key, "candidate-source");
    EXPECT_EQ(decided->candidates[0].decided_by, "user:alice");
    EXPECT_EQ(decided->source_key, "candidate-source");
    EXPECT_EQ(decided->state, "pending");  // The second candidate is still open.
    EXPECT_TRUE(records().find_by_key("sources", "candidate-source"));
    EXPECT_EQ(audit_count(*store_), audited + 1);

    auto again = extractions().decide(decision, alice_);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    EXPECT_EQ(again.error().field, "n");
    EXPECT_EQ(again.error().message, "candidate 1 was already accepted");
}

TEST_P(ExtractionStoreTest, rejecting_writes_nothing_but_the_state_and_closes_the_review) {
    auto created = must_store();
    const auto audited = audit_count(*store_);
    ASSERT_TRUE(extractions().decide({created.id, 1, "rejected", {}, "", ""}, alice_));
    auto decided = extractions().decide({created.id, 2, "rejected", {}, "", ""}, alice_);
    ASSERT_TRUE(decided) << decided.error().message;
    EXPECT_EQ(decided->candidates[1].state, "rejected");
    EXPECT_EQ(decided->state, "reviewed");
    EXPECT_EQ(decided->source_key, "");
    EXPECT_EQ(audit_count(*store_), audited);
}

TEST_P(ExtractionStoreTest, a_record_that_fails_validation_leaves_the_candidate_pending) {
    auto created = must_store();
    domain::Fields bad = source_fields("broken");
    bad.erase("title");
    auto decided =
        extractions().decide({created.id, 1, "accepted", {{"sources", bad}}, "broken", "broken"}, alice_);
    ASSERT_FALSE(decided);
    EXPECT_EQ(decided.error().code, ErrorCode::invalid_input);
    auto got = extractions().get(created.id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->candidates[0].state, "pending");
    EXPECT_FALSE(records().find_by_key("sources", "broken"));
}

TEST_P(ExtractionStoreTest, an_unknown_candidate_is_not_found_naming_n) {
    auto created = must_store();
    auto decided = extractions().decide({created.id, 7, "rejected", {}, "", ""}, alice_);
    ASSERT_FALSE(decided);
    EXPECT_EQ(decided.error().field, "n");
    EXPECT_EQ(decided.error().message, "extraction " + std::to_string(created.id) + " has no candidate 7");
}

INSTANTIATE_TEST_SUITE_P(backends, ExtractionStoreTest, ::testing::ValuesIn(test_backends()));

}  // namespace
}  // namespace mssops::store::testing
