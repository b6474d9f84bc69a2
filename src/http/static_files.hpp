#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "domain/result.hpp"
#include "http/route.hpp"

namespace mssops::http {

/// The dashboard's built files (web/dist), read into memory once at start-up with a gzip copy of
/// each compressible one, served with their content type, an ETag and caching headers. Paths that
/// name no file fall back to index.html, so the single-page app's own routes load. Thread-safe.
class StaticFiles {
public:
    /// Reads every regular file under `root`. An empty or missing root serves nothing.
    /// unavailable when a file cannot be read.
    static domain::Result<StaticFiles> load(const std::string& root);

    /// Answers a GET for `request.path`: 304 when If-None-Match holds the file's ETag, the gzip copy
    /// when Accept-Encoding allows it. bad_syntax naming "path" for "..", "." or a backslash in
    /// the path; not_found when neither the file nor index.html exists.
    domain::Result<Response> serve(const Request& request) const;

    /// How many files were loaded.
    std::size_t size() const { return files_.size(); }

private:
    struct File {
        std::string content_type;
        std::string etag;  // Quoted: "\"9f86d081884c7d65\"".
        std::shared_ptr<const std::string> body;
        std::shared_ptr<const std::string> gzipped;  // Null when compression does not pay.
        bool immutable = false;
    };
    Response answer(const File& file, const Request& request) const;

    std::map<std::string, File, std::less<>> files_;  // By URL path: "/index.html", "/assets/app-3f2a.js".
};

/// Whether an Accept-Encoding header value accepts gzip (RFC 9110 section 12.5.3: "gzip;q=0" refuses).
bool accepts_gzip(std::string_view accept_encoding);

/// The Content-Type for a file name, by extension; "application/octet-stream" when unknown.
std::string content_type_for(std::string_view file_name);

}  // namespace mssops::http
