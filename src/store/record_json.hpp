#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <string_view>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/record_store.hpp"

namespace mssops::store {

/// A field value as JSON: null, bool, integer, number, string or array of strings.
boost::json::value field_to_json(const domain::FieldValue& value);
/// The fields as one JSON object.
boost::json::object fields_to_json(const domain::Fields& fields);
/// The record as the API shows it: {"id", "kind", "version", "retired", "created_at", "updated_at",
/// ...fields}.
boost::json::object record_to_json(const domain::Record& record);

/// A page as lists show it: {"items": [...], "total", "limit", "offset"}.
boost::json::object page_to_json(const Page& page);

/// Reads a JSON object's members as fields. A member that is an object, or an array holding
/// anything but strings, is invalid_input naming "<prefix><member>". Nothing else is checked here:
/// the kind's schema does that (record_validation.hpp).
domain::Result<domain::Fields> fields_from_json(const boost::json::object& object,
                                                std::string_view prefix = {});

/// Parses text that must hold a JSON object; bad_syntax when it does not parse, invalid_input
/// naming `what` when it parses to something else.
domain::Result<boost::json::object> parse_object(std::string_view text, std::string_view what);

}  // namespace mssops::store
