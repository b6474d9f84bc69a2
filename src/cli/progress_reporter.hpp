#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace mssops::cli {

/// How progress is shown: a bar redrawn in place (a terminal) or a log line now and then (a pipe or file).
enum class ProgressDisplay { bar, log_lines };

/// Shows the progress of a long run (an import) on stderr: on a terminal a bar with percent, rows,
/// rows/s and ETA, redrawn at most ten times a second; otherwise a line every `log_every`.
/// The percentage and ETA come from bytes read out of the total; rows/s from rows.
class ProgressReporter {
public:
    using Clock = std::chrono::steady_clock;

    ProgressReporter(std::string label, std::FILE* out, ProgressDisplay display,
                     std::chrono::seconds log_every = std::chrono::seconds(5));

    /// A bar when `out` is a terminal, log lines otherwise.
    static ProgressDisplay display_for(std::FILE* out);

    /// Records progress; draws when the display is due. total_bytes 0 means unknown (no % nor ETA).
    void update(std::int64_t rows, std::int64_t bytes, std::int64_t total_bytes);
    /// Draws the final state and ends the line.
    void finish();

    /// "12,345 rows  45%  9,876 rows/s  ETA 0:12": the text both displays share.
    static std::string describe(std::int64_t rows, std::int64_t bytes, std::int64_t total_bytes,
                                double seconds);

private:
    void draw(bool final);

    std::string label_;
    std::FILE* out_;
    ProgressDisplay display_;
    std::chrono::seconds log_every_;
    Clock::time_point started_ = Clock::now();
    Clock::time_point last_drawn_{};
    std::int64_t rows_ = 0;
    std::int64_t bytes_ = 0;
    std::int64_t total_bytes_ = 0;
};

}  // namespace mssops::cli
