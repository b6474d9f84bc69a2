#include "http/import_body.hpp"

namespace mssops::http {

domain::Result<ingest::CsvReader> csv_body(const Request& request, std::string name) {
    if (request.body_file.empty()) return ingest::CsvReader::from_text(request.body, std::move(name));
    auto reader = ingest::CsvReader::open_file(request.body_file, name);
    // The server wrote the file a moment ago: failing to open it is the server's trouble, not the body's.
    if (!reader) return domain::Error::unavailable("the request body could not be read back from disk");
    return reader;
}

}  // namespace mssops::http
