#include "store/import_summary.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

namespace mssops::store {

std::string import_audit_text(const ImportSummary& summary, const ImportCounts& counts) {
    boost::json::object after;
    if (summary.file) {
        after["file"] = summary.file->name;
        after["rows"] = summary.file->rows;
        after["skipped"] = summary.file->skipped;
        after["located"] = summary.file->located;
        after["located_by_name"] = summary.file->located_by_name;
        after["outside_units"] = summary.file->outside_units;
    }
    if (!summary.copied_by.empty()) after["copied_by"] = summary.copied_by;
    after["created"] = counts.created;
    after["updated"] = counts.updated;
    after["unchanged"] = counts.unchanged;
    after["retired"] = counts.retired;
    return boost::json::serialize(after);
}

}  // namespace mssops::store
