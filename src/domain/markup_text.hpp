#pragma once

#include <string>
#include <string_view>

namespace mssops::domain {

/// Appends `text` escaped for HTML and XML text and attribute values (& < > " '). Characters XML 1.0
/// forbids (C0 controls but tab, line feed and carriage return) are left out: they would make an
/// Atom feed or a workbook unreadable, and show as nothing in a page.
void append_markup_escaped(std::string& out, std::string_view text);

/// `text` escaped as append_markup_escaped does.
std::string markup_escaped(std::string_view text);

}  // namespace mssops::domain
