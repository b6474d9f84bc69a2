#include "http/export_response.hpp"

#include <fstream>
#include <memory>
#include <vector>

#include "export/xlsx_writer.hpp"
#include "http/upload_file.hpp"

namespace mssops::http {

using domain::Error;

ParameterDoc format_parameter(bool has_places) {
    return {"format",
            std::string("Download every row the filters select instead of a page: csv, hxl (CSV with an HXL "
                        "hashtag row), json") +
                (has_places ? ", geojson" : "") + " or xlsx; limit and offset do not apply"};
}

domain::Result<std::optional<exports::ExportFormat>> requested_export(const Request& request) {
    auto it = request.query.find("format");
    if (it == request.query.end()) return std::optional<exports::ExportFormat>();
    auto format = exports::parse_export_format(it->second, "format");
    if (!format) return format.error();
    for (const char* paging : {"limit", "offset"})
        if (request.query.count(paging))
            return Error::invalid(paging,
                                  "does not apply to an export, which holds every row the filters select; "
                                  "leave it out");
    return std::optional<exports::ExportFormat>(*format);
}

domain::Result<Response> export_response(exports::ExportFormat format, const exports::TableShape& shape,
                                         const std::string& file_name,
                                         const std::function<domain::Result<void>(const RowSink&)>& produce) {
    auto file = UploadFile::create("");
    if (!file) return file.error();
    auto held = std::make_shared<UploadFile>(std::move(file).value());
    {
        std::vector<char> buffer(1 << 20);
        std::ofstream out;
        out.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        out.open(held->path(), std::ios::binary | std::ios::trunc);
        if (!out) return Error::unavailable("cannot write the export to a temporary file");
        auto writer = exports::open_table_writer(format, out, shape);
        if (!writer) return writer.error();
        bool full = false;
        auto done = produce([&](const exports::ExportRow& row) {
            if (full || !(*writer)->accepts_more_rows()) {
                full = true;
                return;
            }
            (*writer)->row(row);
        });
        if (!done) return done.error();
        if (full)
            return Error::invalid("format", "xlsx holds at most " + std::to_string(exports::max_xlsx_rows) +
                                                " rows and more match; narrow the filters or choose csv, "
                                                "hxl or json");
        (*writer)->finish();
        out.close();
        if (!out) return Error::unavailable("cannot write the export to a temporary file (disk full?)");
    }
    Response response;
    response.content_type = exports::content_type(format);
    response.body_file = std::move(held);
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + file_name + "." +
                                                             exports::file_extension(format) + "\"");
    return response;
}

}  // namespace mssops::http
