#pragma once

#include <string>
#include <string_view>

namespace mssops::exports {

/// The HXL hashtag and attributes (https://hxlstandard.org/standard/1-1final/dictionary/) of a
/// record field in an export: "#date" for dates, "#country+code" for ISO3 codes, "#org+donor" for
/// a donor, "#value+usd" for US dollars, "#affected+killed" for fatalities... A field the
/// dictionary has no hashtag for is "#meta+<field>". `kind` picks the hashtag of the things a kind
/// lists: a country's name is "#country+name", an organisation's "#org+name".
std::string hxl_tag(std::string_view kind, std::string_view field);

}  // namespace mssops::exports
