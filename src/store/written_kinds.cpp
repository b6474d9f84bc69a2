#include "store/written_kinds.hpp"

#include <algorithm>

namespace mssops::store {

namespace {

// A request's handler runs on one thread from start to end, so a thread-local list follows it.
thread_local std::vector<std::string> written;

}  // namespace

void note_written_kind(std::string_view kind) {
    if (std::find(written.begin(), written.end(), kind) == written.end()) written.emplace_back(kind);
}

std::vector<std::string> take_written_kinds() {
    std::vector<std::string> taken;
    taken.swap(written);
    return taken;
}

}  // namespace mssops::store
