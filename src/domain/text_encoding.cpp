#include "domain/text_encoding.hpp"

#include <array>
#include <cstdint>

namespace mssops::domain {
namespace {

// The code points of bytes 0x80-0x9F in windows-1252 (0 where the code page defines none, as in
// Microsoft's table and Python's strict codec); 0xA0-0xFF are ISO-8859-1, equal to their byte.
constexpr std::array<std::uint16_t, 32> windows_1252_high = {
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x0000, 0x017D, 0x0000, 0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178,
};

// The code points of bytes 0x80-0xFF in IBM code page 437 (the DOS default; DBF language driver 0x01).
constexpr std::array<std::uint16_t, 128> ibm_437_high = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE,
    0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6,
    0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA,
    0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502,
    0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510, 0x2514,
    0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550,
    0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C,
    0x2588, 0x2584, 0x258C, 0x2590, 0x2580, 0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,
    0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320,
    0x2321, 0x00F7, 0x2248, 0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
};

// The code points of bytes 0x80-0xFF in IBM code page 850 (DOS Latin-1; DBF language driver 0x02).
constexpr std::array<std::uint16_t, 128> ibm_850_high = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE,
    0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6,
    0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA,
    0x00BA, 0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502,
    0x2524, 0x00C1, 0x00C2, 0x00C0, 0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510, 0x2514,
    0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550,
    0x256C, 0x00A4, 0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x0131, 0x00CD, 0x00CE, 0x00CF, 0x2518, 0x250C,
    0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580, 0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE,
    0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4, 0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6,
    0x00A7, 0x00F7, 0x00B8, 0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,
};

std::string normalised_label(std::string_view label) {
    std::string out;
    for (char c : label) {
        if (c == '-' || c == '_' || c == ' ') continue;
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
}

void append_code_point(std::uint32_t code_point, std::string& out) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

/// The length of the well-formed UTF-8 sequence starting at `at`, or 0 when there is none
/// (Unicode 15, table 3-7: the ranges of the second byte exclude overlongs and surrogates).
std::size_t sequence_length(std::string_view text, std::size_t at) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (at + length > text.size()) return 0;
    if (byte(at + 1) < low || byte(at + 1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(at + i) < 0x80 || byte(at + i) > 0xBF) return 0;
    return length;
}

}  // namespace

std::optional<TextEncoding> encoding_from_label(std::string_view label) {
    const std::string name = normalised_label(label);
    if (name == "utf8") return TextEncoding::utf_8;
    // WHATWG Encoding Standard: the labels "latin1" and "iso-8859-1" name windows-1252, which
    // agrees with ISO-8859-1 on every printable byte and is what files so labelled really hold.
    for (const char* alias :
         {"cp1252", "windows1252", "1252", "ansi1252", "latin1", "iso88591", "88591", "l1"})
        if (name == alias) return TextEncoding::windows_1252;
    for (const char* alias : {"cp437", "437", "ibm437", "oem437"})
        if (name == alias) return TextEncoding::ibm_437;
    for (const char* alias : {"cp850", "850", "ibm850", "oem850"})
        if (name == alias) return TextEncoding::ibm_850;
    return std::nullopt;
}

Result<TextEncoding> encoding_option(std::string_view label, std::string field) {
    if (auto encoding = encoding_from_label(label)) return *encoding;
    return Error::invalid(std::move(field), "must be one of " + std::string(accepted_encoding_labels()) +
                                                ", got \"" + std::string(label) + "\"");
}

std::string_view encoding_label(TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::utf_8:
            return "utf-8";
        case TextEncoding::windows_1252:
            return "windows-1252";
        case TextEncoding::ibm_437:
            return "cp437";
        case TextEncoding::ibm_850:
            return "cp850";
    }
    return "utf-8";
}

std::string_view accepted_encoding_labels() {
    return "utf-8, cp1252 (windows-1252), latin1 (iso-8859-1, read as windows-1252), cp437, cp850";
}

std::optional<UndecodableByte> find_invalid_utf8(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        // ASCII runs are most of any file: skip them without the table lookup.
        if (static_cast<unsigned char>(text[at]) < 0x80) {
            ++at;
            continue;
        }
        const std::size_t length = sequence_length(text, at);
        if (length == 0) return UndecodableByte{at, static_cast<unsigned char>(text[at])};
        at += length;
    }
    return std::nullopt;
}

std::optional<UndecodableByte> append_decoded(std::string_view text, TextEncoding encoding,
                                              std::string& out) {
    if (encoding == TextEncoding::utf_8) {
        if (auto bad = find_invalid_utf8(text)) return bad;
        out.append(text);
        return std::nullopt;
    }
    out.reserve(out.size() + text.size() + text.size() / 8);
    for (std::size_t at = 0; at < text.size(); ++at) {
        const auto byte = static_cast<unsigned char>(text[at]);
        if (byte < 0x80) {
            out += static_cast<char>(byte);
            continue;
        }
        std::uint32_t code_point = 0;
        switch (encoding) {
            case TextEncoding::windows_1252:
                code_point = byte >= 0xA0 ? byte : windows_1252_high[byte - 0x80];
                break;
            case TextEncoding::ibm_437:
                code_point = ibm_437_high[byte - 0x80];
                break;
            case TextEncoding::ibm_850:
                code_point = ibm_850_high[byte - 0x80];
                break;
            case TextEncoding::utf_8:
                break;
        }
        if (code_point == 0) return UndecodableByte{at, byte};
        append_code_point(code_point, out);
    }
    return std::nullopt;
}

std::string describe(const UndecodableByte& bad, TextEncoding encoding) {
    static const char* digits = "0123456789ABCDEF";
    std::string text = "byte 0x";
    text += digits[bad.byte >> 4];
    text += digits[bad.byte & 0xF];
    text += " at offset " + std::to_string(bad.offset);
    if (encoding == TextEncoding::utf_8) return text + " is not valid UTF-8";
    return text + " is not defined in " + std::string(encoding_label(encoding));
}

Result<std::string> decode_text(std::string_view text, TextEncoding encoding, std::string field) {
    std::string out;
    if (auto bad = append_decoded(text, encoding, out))
        return Error::invalid(std::move(field), describe(*bad, encoding));
    return out;
}

std::string replace_invalid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = sequence_length(text, at);
        if (length == 0) {
            out += "\xEF\xBF\xBD";
            ++at;
        } else {
            out.append(text.substr(at, length));
            at += length;
        }
    }
    return out;
}

}  // namespace mssops::domain
