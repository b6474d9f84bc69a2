#pragma once

#include <string>

#include "domain/result.hpp"

namespace mssops::report {

/// Which Chromium prints PDFs, and how long it may take.
struct PdfOptions {
    std::string chromium = "/usr/bin/chromium";
    int timeout_seconds = 60;
};

/// `html` printed to PDF by headless Chromium (--print-to-pdf) in a private temporary directory,
/// returned as the PDF's bytes. unavailable when there is no Chromium at options.chromium (the message
/// says how to install it), when it fails or gives no PDF (with the end of its output), or when it
/// runs past the timeout (it is then killed).
domain::Result<std::string> print_pdf(const std::string& html, const PdfOptions& options);

}  // namespace mssops::report
