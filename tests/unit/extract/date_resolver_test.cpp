#include "extract/date_resolver.hpp"

#include <gtest/gtest.h>

#include "domain/partial_date.hpp"

namespace mssops::extract {
namespace {

DateContext published(const char* day) {
    DateContext context;
    context.published = domain::parse_iso_day(day, "published").value();
    return context;
}

// The one date found in `text`, reasoned against `context`.
ResolvedDate date_in(const std::string& text, const DateContext& context) {
    static std::string kept;
    kept = text;
    auto words = split_words(kept, {0, kept.size()});
    auto dates = find_dates(kept, words, context);
    EXPECT_EQ(dates.size(), 1u) << text;
    return dates.empty() ? ResolvedDate{} : dates.front().date;
}

TEST(find_dates, a_weekday_with_month_and_day_takes_the_year_that_fits_the_weekday) {
    auto date = date_in("Ruto spoke with the envoy on Thursday, November 7.", published("2024-11-08"));
    EXPECT_EQ(date.value, "2024-11-07");
    EXPECT_EQ(date.precision, DatePrecision::day);
    EXPECT_FALSE(date.flagged);
}

TEST(find_dates, a_bare_weekday_is_the_one_before_publication) {
    auto date = date_in("The contingent landed on Thursday.", published("2024-09-13"));
    EXPECT_EQ(date.value, "2024-09-12");
}

TEST(find_dates, a_bare_weekday_in_a_future_sentence_is_the_one_after_publication) {
    auto date = date_in("The Council will vote on Monday.", published("2024-09-13"));
    EXPECT_EQ(date.value, "2024-09-16");
}

TEST(find_dates, a_month_of_next_year_counts_from_the_publication_year) {
    auto date = date_in("All officers should be in place by January next year.", published("2024-09-26"));
    EXPECT_EQ(date.value, "2025-01");
    EXPECT_EQ(date.precision, DatePrecision::month);
}

TEST(find_dates, a_month_of_last_year_counts_back_from_the_publication_year) {
    auto date = date_in("The first officers were vetted in March last year.", published("2025-06-01"));
    EXPECT_EQ(date.value, "2024-03");
    EXPECT_EQ(date.precision, DatePrecision::month);
}

TEST(find_dates, without_a_publication_date_a_month_of_next_or_last_year_says_which) {
    EXPECT_EQ(date_in("They arrive in January next year.", DateContext{}).note,
              "needs the publication date: a month of next year");
    EXPECT_EQ(date_in("They arrived in March last year.", DateContext{}).note,
              "needs the publication date: a month of last year");
}

TEST(find_dates, a_weekday_with_day_then_month_reads_like_month_then_day) {
    auto date = date_in("Ruto spoke with the envoy on Thursday 7 November.", published("2024-11-08"));
    EXPECT_EQ(date.value, "2024-11-07");
    EXPECT_EQ(date.precision, DatePrecision::day);
}

TEST(find_dates, last_month_is_a_range_kept_approximate) {
    auto date = date_in("The pledge was made last month.", published("2024-11-08"));
    EXPECT_EQ(date.value, "2024-10~");
    EXPECT_EQ(date.precision, DatePrecision::approximate);
    EXPECT_EQ(date.range_from, "2024-10-01");
    EXPECT_EQ(date.range_to, "2024-10-31");
}

TEST(find_dates, last_september_is_the_september_before_the_month_of_publication) {
    EXPECT_EQ(date_in("Talks began last September.", published("2024-11-08")).value, "2024-09~");
    EXPECT_EQ(date_in("Talks began last September.", published("2024-09-05")).value, "2023-09~");
}

TEST(find_dates, earlier_this_week_runs_from_monday_to_the_day_before_publication) {
    auto date =
        date_in("The prime minister, speaking earlier this week, confirmed it.", published("2024-09-13"));
    EXPECT_EQ(date.precision, DatePrecision::approximate);
    EXPECT_EQ(date.range_from, "2024-09-09");
    EXPECT_EQ(date.range_to, "2024-09-12");
}

TEST(find_dates, a_month_without_a_year_is_the_latest_not_after_publication) {
    EXPECT_EQ(date_in("Officers arrived in March.", published("2024-11-08")).value, "2024-03");
    EXPECT_EQ(date_in("Officers arrived in December.", published("2024-11-08")).value, "2023-12");
}

TEST(find_dates, a_month_after_by_in_a_forward_sentence_is_the_next_one) {
    EXPECT_EQ(date_in("Full strength is expected by January.", published("2024-11-08")).value, "2025-01");
}

TEST(find_dates, a_weekday_that_contradicts_its_date_is_flagged) {
    auto date = date_in("The vote took place on Friday, November 7, 2024.", published("2024-11-08"));
    EXPECT_EQ(date.value, "2024-11-07");
    EXPECT_TRUE(date.flagged);
    EXPECT_EQ(date.note, "weekday friday contradicts 2024-11-07 (a thursday)");
}

TEST(find_dates, without_a_publication_date_a_day_without_a_year_stays_unresolved_and_says_so) {
    auto date = date_in("They landed on November 7.", DateContext{});
    EXPECT_FALSE(date.resolved());
    EXPECT_EQ(date.note, "needs the publication date: a day without a year");
}

TEST(find_dates, without_a_publication_date_a_bare_weekday_stays_unresolved) {
    auto date = date_in("They landed on Thursday.", DateContext{});
    EXPECT_FALSE(date.resolved());
    EXPECT_EQ(date.note, "needs the publication date: a weekday alone");
}

TEST(find_dates, without_a_publication_date_the_weekday_fixes_the_year_inside_the_window) {
    DateContext context;
    context.window_first_year = 2024;
    context.window_last_year = 2026;
    auto date = date_in("The fourth group arrived on the evening of Thursday, February 6.", context);
    EXPECT_EQ(date.value, "2025-02-06");
    EXPECT_EQ(date.note, "year fixed by the weekday, without a publication date");
}

TEST(find_dates, reads_french_day_month_year_and_iso_dates) {
    EXPECT_EQ(
        date_in("Les policiers sont arrivés le jeudi 7 novembre 2024 à Port-au-Prince.", DateContext{}).value,
        "2024-11-07");
    EXPECT_EQ(date_in("Le contingent est arrivé le 12 septembre 2024.", DateContext{}).value, "2024-09-12");
    EXPECT_EQ(date_in("Recorded on 2025-02-06 by the mission.", DateContext{}).value, "2025-02-06");
}

TEST(find_dates, reads_day_month_year_and_month_year) {
    EXPECT_EQ(date_in("The mandate runs until 2 October 2025.", DateContext{}).value, "2025-10-02");
    auto month = date_in("During a visit in September 2024, she spoke.", DateContext{});
    EXPECT_EQ(month.value, "2024-09");
    EXPECT_EQ(month.precision, DatePrecision::month);
}

TEST(find_dates, earlier_this_year_is_the_publication_year_approximately) {
    auto date = date_in("Some 400 officers arrived earlier this year.", published("2024-09-13"));
    EXPECT_EQ(date.value, "2024~");
    EXPECT_EQ(date.precision, DatePrecision::year);
}

TEST(find_dates, may_as_a_verb_is_not_a_month) {
    std::string text = "The Council may extend the mandate.";
    auto words = split_words(text, {0, text.size()});
    EXPECT_TRUE(find_dates(text, words, published("2024-11-08")).empty());
}

TEST(looks_forward, sees_future_and_hypothetical_wording) {
    EXPECT_TRUE(looks_forward(" the council will vote on monday "));
    EXPECT_TRUE(looks_forward(" officers are expected by january "));
    EXPECT_FALSE(looks_forward(" officers arrived on thursday "));
}

}  // namespace
}  // namespace mssops::extract
