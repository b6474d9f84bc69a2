#include "domain/source_rank.hpp"

#include "domain/field_reader.hpp"

namespace mssops::domain {

Result<SourceStanding> source_standing_from(const Record& record) {
    FieldReader reader(record);
    SourceStanding standing;
    standing.key = record.key();
    auto kind = reader.choice<SourceKind>("source_kind",
                                          {{"un_document", SourceKind::un_document},
                                           {"government", SourceKind::government},
                                           {"press", SourceKind::press},
                                           {"dataset", SourceKind::dataset},
                                           {"other", SourceKind::other}},
                                          SourceKind::other);
    if (!kind) return kind.error();
    standing.kind = *kind;
    auto published = reader.optional_date("published");
    if (!published) return published.error();
    standing.published = *published;
    return standing;
}

int source_rank(SourceKind kind) {
    // Among claims of the same date: a UN document over a government statement over the press; a data
    // set or an unclassified source is the weakest, since it usually repeats one of the others.
    switch (kind) {
        case SourceKind::un_document:
            return 0;
        case SourceKind::government:
            return 1;
        case SourceKind::press:
            return 2;
        case SourceKind::dataset:
        case SourceKind::other:
            return 3;
    }
    return 3;
}

int source_rank(const SourceIndex& sources, const std::string& source_id) {
    auto found = sources.find(source_id);
    return found == sources.end() ? 3 : source_rank(found->second.kind);
}

const char* to_text(SourceKind kind) {
    switch (kind) {
        case SourceKind::un_document:
            return "un_document";
        case SourceKind::government:
            return "government";
        case SourceKind::press:
            return "press";
        case SourceKind::dataset:
            return "dataset";
        case SourceKind::other:
            return "other";
    }
    return "other";
}

std::string source_kind_text(const SourceIndex& sources, const std::string& source_id) {
    auto found = sources.find(source_id);
    return found == sources.end() ? "other" : to_text(found->second.kind);
}

bool outranks(const SourceIndex& sources, const std::string& a, const std::string& b) {
    int rank_a = source_rank(sources, a), rank_b = source_rank(sources, b);
    if (rank_a != rank_b) return rank_a < rank_b;
    auto published = [&](const std::string& id) -> std::optional<std::chrono::sys_days> {
        auto found = sources.find(id);
        if (found == sources.end() || !found->second.published) return std::nullopt;
        return found->second.published->last_day();
    };
    auto day_a = published(a), day_b = published(b);
    if (day_a && day_b) return *day_a > *day_b;
    return day_a.has_value() && !day_b.has_value();
}

}  // namespace mssops::domain
