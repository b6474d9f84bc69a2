#include "cli/progress_reporter.hpp"

#include <unistd.h>

#include <algorithm>

namespace mssops::cli {
namespace {

constexpr int bar_width = 24;

/// 1234567 as "1,234,567".
std::string grouped(std::int64_t number) {
    std::string digits = std::to_string(number);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0 && digits[i - 1] != '-') out += ',';
        out += digits[i];
    }
    return out;
}

std::string clock_text(double seconds) {
    auto whole = static_cast<std::int64_t>(seconds + 0.5);
    char text[32];
    if (whole >= 3600)
        std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", static_cast<long long>(whole / 3600),
                      static_cast<long long>(whole / 60 % 60), static_cast<long long>(whole % 60));
    else
        std::snprintf(text, sizeof text, "%lld:%02lld", static_cast<long long>(whole / 60),
                      static_cast<long long>(whole % 60));
    return text;
}

}  // namespace

ProgressReporter::ProgressReporter(std::string label, std::FILE* out, ProgressDisplay display,
                                   std::chrono::seconds log_every)
    : label_(std::move(label)), out_(out), display_(display), log_every_(log_every) {}

ProgressDisplay ProgressReporter::display_for(std::FILE* out) {
    return isatty(fileno(out)) ? ProgressDisplay::bar : ProgressDisplay::log_lines;
}

std::string ProgressReporter::describe(std::int64_t rows, std::int64_t bytes, std::int64_t total_bytes,
                                       double seconds) {
    std::string text = grouped(rows) + " rows";
    if (total_bytes > 0)
        text += "  " + std::to_string(std::min<std::int64_t>(100, bytes * 100 / total_bytes)) + "%";
    if (seconds > 0) text += "  " + grouped(static_cast<std::int64_t>(rows / seconds)) + " rows/s";
    // The ETA assumes the bytes still to read go as fast as those read so far.
    if (total_bytes > 0 && bytes > 0 && seconds > 0 && bytes < total_bytes)
        text += "  ETA " +
                clock_text(seconds * static_cast<double>(total_bytes - bytes) / static_cast<double>(bytes));
    return text;
}

void ProgressReporter::update(std::int64_t rows, std::int64_t bytes, std::int64_t total_bytes) {
    rows_ = rows;
    bytes_ = bytes;
    total_bytes_ = total_bytes;
    auto now = Clock::now();
    auto due = display_ == ProgressDisplay::bar
                   ? std::chrono::duration_cast<Clock::duration>(std::chrono::milliseconds(100))
                   : std::chrono::duration_cast<Clock::duration>(log_every_);
    if (last_drawn_ == Clock::time_point{} ? now - started_ < due : now - last_drawn_ < due) return;
    last_drawn_ = now;
    draw(false);
}

void ProgressReporter::finish() {
    draw(true);
}

void ProgressReporter::draw(bool final) {
    double seconds = std::chrono::duration<double>(Clock::now() - started_).count();
    std::string text = describe(rows_, bytes_, total_bytes_, seconds);
    if (display_ == ProgressDisplay::log_lines) {
        std::fprintf(out_, "%s: %s%s\n", label_.c_str(), text.c_str(), final ? " (done)" : "");
        std::fflush(out_);
        return;
    }
    std::string bar;
    if (total_bytes_ > 0) {
        int filled = static_cast<int>(std::min<std::int64_t>(bar_width, bytes_ * bar_width / total_bytes_));
        bar = "[" + std::string(static_cast<std::size_t>(filled), '#') +
              std::string(static_cast<std::size_t>(bar_width - filled), '.') + "] ";
    }
    // \r returns to the line start and \x1b[K clears what a longer previous draw left.
    std::fprintf(out_, "\r%s %s%s\x1b[K%s", label_.c_str(), bar.c_str(), text.c_str(), final ? "\n" : "");
    std::fflush(out_);
}

}  // namespace mssops::cli
