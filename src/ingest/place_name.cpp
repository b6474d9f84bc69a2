#include "ingest/place_name.hpp"

#include <array>
#include <utility>

namespace mssops::ingest {
namespace {

// The two-byte UTF-8 letters of Latin-1 (U+00C0..U+00FF) that carry an accent, by their second
// byte after 0xC3, folded to the ASCII letter; 0 keeps the byte sequence as it is.
char fold_latin1(unsigned char second) {
    static const char* const upper =
        "AAAAAAACEEEEIIII"
        "DNOOOOO\0OUUUUY\0s";  // 0x80..0x9F
    static const char* const lower =
        "aaaaaaaceeeeiiii"
        "dnooooo\0ouuuuy\0y";  // 0xA0..0xBF
    if (second >= 0x80 && second <= 0x9F) return upper[second - 0x80];
    if (second >= 0xA0 && second <= 0xBF) return lower[second - 0xA0];
    return 0;
}

bool ends_with(const std::string& text, std::string_view tail) {
    return text.size() > tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

bool starts_with(const std::string& text, std::string_view head) {
    return text.size() > head.size() && text.compare(0, head.size(), head) == 0;
}

}  // namespace

std::string fold_place_name(std::string_view name) {
    std::string out;
    bool space = false;
    auto put = [&](char c) {
        if (c == ' ') {
            space = !out.empty();
            return;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(name[i]);
        if (c == 0xC3 && i + 1 < name.size()) {
            char folded = fold_latin1(static_cast<unsigned char>(name[i + 1]));
            if (folded) {
                put(static_cast<char>(folded >= 'A' && folded <= 'Z' ? folded - 'A' + 'a' : folded));
                ++i;
                continue;
            }
        }
        // U+2019, the typographic apostrophe ("Grand’Anse"), reads as the ASCII one.
        if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
            static_cast<unsigned char>(name[i + 2]) == 0x99) {
            put(' ');
            i += 2;
            continue;
        }
        if (c >= 'A' && c <= 'Z')
            put(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
            put(static_cast<char>(c));
        else
            put(' ');
    }
    return out;
}

std::string bare_place_name(std::string_view name) {
    std::string folded = fold_place_name(name);
    static const std::array<std::string_view, 4> heads = {"government of ", "department of ",
                                                          "departement du ", "the "};
    static const std::array<std::string_view, 7> tails = {
        " government of", " department", " departement", " province", " region", " government", " dept"};
    for (bool changed = true; changed;) {
        changed = false;
        for (auto head : heads)
            if (starts_with(folded, head)) {
                folded.erase(0, head.size());
                changed = true;
            }
        for (auto tail : tails)
            if (ends_with(folded, tail)) {
                folded.erase(folded.size() - tail.size());
                changed = true;
            }
    }
    return folded;
}

}  // namespace mssops::ingest
