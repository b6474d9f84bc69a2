#pragma once

#include <boost/json/object.hpp>

namespace mssops::app {

/// The catalog of record kinds as GET /api/v1/kinds sends it: {"kinds": [...], "vocabularies": {...}}.
/// Each kind has name, singular, display_name, description, edit_domain (null when every editor
/// shares it), shared_edit, liaison_scope, stored_separately, date_field, country_field, mission_field
/// (null when none) and fields (name, type, required, choices, vocabulary, min, max, references,
/// description; absent when not applicable).
boost::json::object kinds_json();

}  // namespace mssops::app
