#include "http/request_target.hpp"

#include <boost/url/parse.hpp>
#include <boost/url/pct_string_view.hpp>
#include <boost/url/url_view.hpp>

namespace mssops::http {

using domain::Error;

bool is_valid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        char32_t code_point = 0;
        char32_t smallest = 0;
        if ((byte & 0xE0) == 0xC0) {
            length = 2, code_point = byte & 0x1F, smallest = 0x80;
        } else if ((byte & 0xF0) == 0xE0) {
            length = 3, code_point = byte & 0x0F, smallest = 0x800;
        } else if ((byte & 0xF8) == 0xF0) {
            length = 4, code_point = byte & 0x07, smallest = 0x10000;
        } else {
            return false;
        }
        if (i + length > text.size()) return false;
        for (std::size_t k = 1; k < length; ++k) {
            auto continuation = static_cast<unsigned char>(text[i + k]);
            if ((continuation & 0xC0) != 0x80) return false;
            code_point = (code_point << 6) | (continuation & 0x3F);
        }
        // RFC 3629 section 3: overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if (code_point < smallest || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

domain::Result<std::string> decode_path_segment(std::string_view encoded, std::string_view field) {
    auto checked = boost::urls::make_pct_string_view(encoded);
    if (!checked) return Error::bad_syntax(std::string(field), "has a malformed percent-escape");
    std::string decoded = checked->decode();
    if (!is_valid_utf8(decoded))
        return Error::bad_syntax(std::string(field), "is not valid UTF-8 once decoded");
    return decoded;
}

domain::Result<RequestTarget> parse_request_target(std::string_view target) {
    auto url = boost::urls::parse_origin_form(target);
    if (!url)
        return Error::bad_syntax("target", "must be a path with an optional query, got a malformed target");
    RequestTarget parsed;
    parsed.path = std::string(url->encoded_path());
    // HTML forms and URLSearchParams send a space as '+'.
    boost::urls::encoding_opts options;
    options.space_as_plus = true;
    for (const auto& param : url->params(options)) {
        if (!is_valid_utf8(param.key))
            return Error::bad_syntax("query", "has a parameter name that is not valid UTF-8");
        if (!is_valid_utf8(param.value))
            return Error::bad_syntax(param.key, "is not valid UTF-8 once decoded");
        parsed.query[param.key] = param.value;
    }
    return parsed;
}

}  // namespace mssops::http
