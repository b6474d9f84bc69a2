#pragma once

#include <string>
#include <string_view>

namespace mssops::ingest {

/// A place or country name reduced for matching across publishers: lower case, Latin accents
/// folded ("Grand'Anse" and "Grande-Anse" stay apart, but "Nord-Est" = "nord est", "Léogâne" =
/// "leogane"), apostrophes, hyphens and other punctuation read as spaces, runs of spaces as one.
std::string fold_place_name(std::string_view name);

/// fold_place_name() without the words publishers wrap names in: a leading "government of", "the",
/// "department of", a trailing "department", "departement", "province", "region", "government" and an
/// inverted ", government of" (FTS writes "Canada, Government of"). "Ouest Department" -> "ouest".
std::string bare_place_name(std::string_view name);

}  // namespace mssops::ingest
