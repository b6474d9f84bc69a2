#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace mssops::domain {

/// The character encodings importers decode to UTF-8. Single-byte code pages are decoded by table.
enum class TextEncoding { utf_8, windows_1252, ibm_437, ibm_850 };

/// The encoding a label names, case and '-', '_', ' ' ignored: "utf-8", "cp1252", "windows-1252",
/// "ansi 1252", "1252", "latin1", "iso-8859-1", "88591", "cp437", "437", "cp850", "850"; nullopt
/// for any other label.
std::optional<TextEncoding> encoding_from_label(std::string_view label);

/// As encoding_from_label(), for an option or parameter: invalid_input naming `field` and the
/// accepted labels when the label names no encoding read here.
Result<TextEncoding> encoding_option(std::string_view label, std::string field);

/// The encoding's canonical label: "utf-8", "windows-1252", "cp437", "cp850".
std::string_view encoding_label(TextEncoding encoding);

/// The labels encoding_from_label() accepts, for messages: "utf-8, cp1252 (windows-1252), ...".
std::string_view accepted_encoding_labels();

/// The first byte that is not valid in the text's encoding.
struct UndecodableByte {
    std::size_t offset = 0;  // 0-based, in the undecoded text.
    unsigned char byte = 0;
};

/// The first byte of `text` that does not belong to a well-formed UTF-8 sequence (overlong forms,
/// surrogates and code points above U+10FFFF included), or nullopt when `text` is valid UTF-8.
std::optional<UndecodableByte> find_invalid_utf8(std::string_view text);

/// True when `text` is well-formed UTF-8.
inline bool is_valid_utf8(std::string_view text) {
    return !find_invalid_utf8(text).has_value();
}

/// Appends `text`, read in `encoding`, to `out` as UTF-8 (UTF-8 input is checked and copied). On
/// failure returns the first byte undefined in the encoding; `out` then holds a partial result.
std::optional<UndecodableByte> append_decoded(std::string_view text, TextEncoding encoding, std::string& out);

/// Says what is wrong with the byte, for an error message: "byte 0xF2 at offset 1 is not valid
/// UTF-8" or "byte 0x81 at offset 0 is not defined in windows-1252".
std::string describe(const UndecodableByte& bad, TextEncoding encoding);

/// `text` read in `encoding`, as UTF-8; invalid_input naming `field` and the first bad byte.
Result<std::string> decode_text(std::string_view text, TextEncoding encoding, std::string field);

/// `text` with every byte that is not part of valid UTF-8 replaced by U+FFFD: for showing damaged
/// text, never for storing it as if it were the original.
std::string replace_invalid_utf8(std::string_view text);

}  // namespace mssops::domain
