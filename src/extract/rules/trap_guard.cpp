#include "extract/rules/rules.hpp"

namespace mssops::extract {

bool is_off_mission_figure(const SentenceView& view, const Quantity& quantity) {
    // The counted noun says so: people, residents, gang members, deaths are not personnel.
    for (std::string_view noun : {"people", "persons", "residents", "children", "women", "men", "gang",
                                  "gangs", "dead", "deaths", "killed", "hostages", "percent", "per", "%"})
        if (quantity.noun == noun) return true;
    // Or the words around the number: a toll, a displacement, a share, a rate.
    std::size_t from = quantity.first_word >= 4 ? quantity.first_word - 4 : 0;
    std::size_t to = std::min(view.words.size(), quantity.last_word + 6);
    for (std::size_t k = from; k < to; ++k) {
        const auto& w = view.words[k].lower;
        for (std::string_view cue :
             {"killed",      "dead",      "death",      "deaths",     "died",     "toll",         "murdered",
              "injured",     "wounded",   "displaced",  "displacing", "homeless", "refugees",     "fled",
              "percent",     "territory", "controlled", "control",    "exchange", "rate",         "kidnapped",
              "kidnappings", "victims",   "tués",       "morts",      "déplacés", "assassination"})
            if (w == cue) return true;
    }
    auto after = view.article.substr(quantity.span.end, 12);
    return after.starts_with("%") || after.starts_with(" %") || after.starts_with(" per cent");
}

bool is_future_or_hypothetical(const SentenceView& view) {
    for (std::string_view cue : {" will vote",
                                 " to vote ",
                                 " expected to vote",
                                 " scheduled to",
                                 " is set to",
                                 " are set to",
                                 " would ",
                                 " could ",
                                 " might ",
                                 " if the ",
                                 " if it ",
                                 " plans to ",
                                 " will be ",
                                 " will arrive",
                                 " are expected to arrive",
                                 " is expected to arrive",
                                 " due to arrive",
                                 " will meet",
                                 " will travel",
                                 " will visit"})
        if (view.has(cue)) return true;
    return false;
}

}  // namespace mssops::extract
