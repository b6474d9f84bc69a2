#include "store/store_copy.hpp"

#include <algorithm>

#include "domain/kind_catalog.hpp"
#include "store/record_rules.hpp"

namespace mssops::store {

namespace {

domain::Result<std::vector<domain::Record>> all_records(RecordStore& records) {
    std::vector<domain::Record> all;
    for (const auto& kind : domain::all_kinds()) {
        if (!stored_kind(kind.name)) continue;  // Incidents live in the IncidentStore.
        ListQuery query{.kind = kind.name, .include_retired = true, .limit = max_page_size};
        for (;;) {
            auto page = records.list(query);
            if (!page) return page.error();
            for (auto& record : page->items) all.push_back(std::move(record));
            query.offset += max_page_size;
            if (query.offset >= page->total) break;
        }
    }
    // Ids in ascending order, as they were written.
    std::sort(all.begin(), all.end(),
              [](const domain::Record& a, const domain::Record& b) { return a.id < b.id; });
    return all;
}

domain::Result<std::vector<AuditEntry>> all_audit(AuditLog& audit) {
    std::vector<AuditEntry> all;
    AuditQuery query{.limit = max_page_size};
    for (;;) {
        auto entries = audit.list(query);
        if (!entries) return entries.error();
        const bool last_page = static_cast<std::int64_t>(entries->size()) < max_page_size;
        for (auto& entry : *entries) all.push_back(std::move(entry));
        if (last_page) break;
        query.offset += max_page_size;
    }
    // The log lists newest first; load it oldest first.
    std::reverse(all.begin(), all.end());
    return all;
}

}  // namespace

domain::Result<CopySummary> copy_store(Store& from, Store& to) {
    auto records = all_records(from.records());
    if (!records) return records.error();
    auto audit = all_audit(from.audit());
    if (!audit) return audit.error();
    if (auto loaded = to.load_snapshot(*records, *audit); !loaded) return loaded.error();
    return CopySummary{static_cast<std::int64_t>(records->size()), static_cast<std::int64_t>(audit->size())};
}

}  // namespace mssops::store
