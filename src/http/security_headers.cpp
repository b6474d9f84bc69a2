#include "http/security_headers.hpp"

namespace mssops::http {

const std::vector<std::pair<std::string, std::string>>& security_headers() {
    // Stored text is shown as text, but should a page ever render it as markup these keep it inert:
    // no inline or foreign script runs, no other site frames the dashboard (clickjacking), a
    // response is never sniffed into another type, and no URL leaks to a linked site.
    static const std::vector<std::pair<std::string, std::string>> headers{
        {"Content-Security-Policy", content_security_policy},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
    };
    return headers;
}

void allow_framing_by_self(Response& response) {
    response.headers.emplace_back("Content-Security-Policy", framed_document_policy);
    response.headers.emplace_back("X-Frame-Options", "SAMEORIGIN");
}

}  // namespace mssops::http
