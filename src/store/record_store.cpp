#include "store/record_store.hpp"

namespace mssops::store {

Result<std::vector<Record>> list_all_records(RecordStore& records, ListQuery query) {
    std::vector<Record> all;
    query.limit = 1000;
    query.offset = 0;
    for (;;) {
        auto page = records.list(query);
        if (!page) return page.error();
        for (auto& record : page->items) all.push_back(std::move(record));
        query.offset += static_cast<std::int64_t>(page->items.size());
        if (page->items.empty() || query.offset >= page->total) break;
    }
    return all;
}

}  // namespace mssops::store
