#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "export/table_writer.hpp"

namespace mssops::http {

/// A computed view's list (an array of JSON objects, such as strength by country or the council's
/// members) as an export table, held in memory: such lists are small.
struct JsonTable {
    exports::TableShape shape;
    std::vector<exports::ExportRow> rows;
};

/// A column per member of the items, in the order members first appear; a member holding an object
/// becomes a column per member of that object ("strength.count"); arrays of strings are lists, other
/// arrays are left out. HXL tags follow exports::hxl_tag for `kind` ("" for none).
JsonTable json_table(const boost::json::array& items, const std::string& kind, const std::string& title);

}  // namespace mssops::http
