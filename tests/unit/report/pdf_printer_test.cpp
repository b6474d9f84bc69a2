#include "report/pdf_printer.hpp"

#include <gtest/gtest.h>

using namespace mssops;

TEST(pdf_printer, says_how_to_get_chromium_when_it_is_missing) {
    report::PdfOptions options;
    options.chromium = "/nonexistent/chromium";
    auto pdf = report::print_pdf("<!DOCTYPE html><p>x</p>", options);
    ASSERT_FALSE(pdf);
    EXPECT_EQ(pdf.error().code, domain::ErrorCode::unavailable);
    EXPECT_EQ(
        pdf.error().message,
        "PDF output needs Chromium, and there is no executable at /nonexistent/chromium: install the Debian "
        "package chromium (scripts/install-deps.sh does), or ask for --format md or html");
}

TEST(pdf_printer, reports_a_printer_that_gives_no_pdf) {
    report::PdfOptions options;
    options.chromium = "/bin/false";
    auto pdf = report::print_pdf("<!DOCTYPE html><p>x</p>", options);
    ASSERT_FALSE(pdf);
    EXPECT_EQ(pdf.error().message, "Chromium gave no PDF (exit status 1); its output: no output");
}
