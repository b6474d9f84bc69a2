#include "store/record_store.hpp"

namespace mssops::store {

Result<std::vector<Record>> list_all_records(RecordStore& records, ListQuery query) {
    query.limit = ListQuery::every;
    query.offset = 0;
    auto page = records.list(query);
    if (!page) return page.error();
    return std::move(page->items);
}

}  // namespace mssops::store
