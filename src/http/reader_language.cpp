#include "http/reader_language.hpp"

#include "report/report_language.hpp"

namespace mssops::http {

domain::Result<std::string> reader_language(const Request& request) {
    // An explicit ?locale= wins over the browser's header, so a link can fix the language.
    if (auto locale = request.query.find("locale"); locale != request.query.end())
        return report::parse_report_language(locale->second, "locale");
    if (auto header = request.headers.find("accept-language"); header != request.headers.end())
        return report::negotiate_report_language(header->second);
    return std::string("en");
}

void mark_language(Response& response, const std::string& language) {
    response.headers.emplace_back("Content-Language", language);
    // Caches must keep one copy per header value, since the header chose the language.
    response.headers.emplace_back("Vary", "Accept-Language");
}

}  // namespace mssops::http
