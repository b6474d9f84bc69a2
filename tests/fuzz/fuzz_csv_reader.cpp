// Feeds arbitrary bytes to every CSV path of an import: the RFC 4180 reader, HXL hashtag rows, the
// ACLED/HXL incident row reader, the FTS funding row reader and the ACLED deletions reader.
#include <cstddef>
#include <cstdint>
#include <string>

#include "domain/kind_catalog.hpp"
#include "domain/record_validation.hpp"
#include "domain/verify.hpp"
#include "ingest/csv_reader.hpp"
#include "ingest/fts_csv.hpp"
#include "ingest/incident_csv_reader.hpp"

namespace {

using namespace mssops;

/// Every call to next() either consumes a row or ends the input, so a loop longer than the input
/// has bytes means the reader stopped advancing.
std::size_t max_rows(const std::string& text) {
    return text.size() + 2;
}

void read_plain(const std::string& text) {
    auto csv = ingest::CsvReader::from_text(text, "fuzz.csv");
    if (!csv.read_header()) return;
    for (std::size_t rows = 0;; ++rows) {
        MSSOPS_VERIFY(rows <= max_rows(text));
        auto row = csv.next_row();
        if (!row) continue;  // The reader stands after the bad row.
        if (!*row) break;
        MSSOPS_VERIFY(csv.size() > 0);
        for (std::size_t i = 0; i < csv.size(); ++i) {
            MSSOPS_VERIFY(csv.field(i).size() <= text.size());
            MSSOPS_VERIFY(csv.line(i) >= 1);
            (void)csv.location(i);
        }
        MSSOPS_VERIFY(csv.bytes_read() <= static_cast<std::int64_t>(text.size()));
    }
}

void read_incidents(const std::string& text) {
    auto reader = ingest::IncidentCsvReader::open(ingest::CsvReader::from_text(text, "fuzz.csv"));
    if (!reader) return;
    const auto* incidents = domain::find_kind("incidents");
    MSSOPS_VERIFY(incidents != nullptr);
    domain::Fields fields;
    for (std::size_t rows = 0;; ++rows) {
        MSSOPS_VERIFY(rows <= max_rows(text));
        fields.clear();
        auto row = reader->next(fields);
        if (!row) continue;
        if (!*row) break;
        // The reader promises validated fields: the store would refuse anything else.
        auto valid = domain::validate_fields(*incidents, fields, domain::Completeness::whole_record);
        MSSOPS_VERIFY(valid.has_value());
        (void)ingest::derived_incident_key(fields);
    }
}

void read_flows(const std::string& text) {
    auto reader = ingest::FtsCsvReader::open(ingest::CsvReader::from_text(text, "fuzz.csv"));
    if (!reader) return;
    ingest::FlowRow row;
    for (std::size_t rows = 0;; ++rows) {
        MSSOPS_VERIFY(rows <= max_rows(text));
        row = ingest::FlowRow{};
        auto read = reader->next(row);
        if (!read) continue;
        if (!*read) break;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    read_plain(text);
    read_incidents(text);
    read_flows(text);
    (void)ingest::read_deleted_keys(ingest::CsvReader::from_text(text, "deleted.csv"));
    return 0;
}
