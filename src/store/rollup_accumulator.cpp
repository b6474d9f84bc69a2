#include "store/rollup_accumulator.hpp"

#include <algorithm>
#include <vector>

namespace mssops::store {
namespace {

std::string_view text_or_empty(const domain::Fields& fields, std::string_view name) {
    auto* text = domain::text_of(fields, name);
    return text ? std::string_view(*text) : std::string_view{};
}

}  // namespace

void RollupAccumulator::add(const domain::Fields& fields, int sign) {
    std::int64_t day = incident_day(fields);
    std::int64_t dead = 0;
    if (auto it = fields.find("fatalities"); it != fields.end())
        if (auto* whole = std::get_if<std::int64_t>(&it->second)) dead = *whole;
    std::uint32_t type = intern(text_or_empty(fields, "event_type"));
    count(adm1_, day, text_or_empty(fields, "adm1_pcode"), text_or_empty(fields, "admin1"), type, sign,
          sign * dead);
    count(adm2_, day, text_or_empty(fields, "adm2_pcode"), text_or_empty(fields, "admin2"), type, sign,
          sign * dead);
}

void RollupAccumulator::add(const IncidentRow& row, int sign) {
    static const std::size_t event_type = incident_column("event_type"),
                             fatalities = incident_column("fatalities"),
                             adm1_pcode = incident_column("adm1_pcode"), admin1 = incident_column("admin1"),
                             adm2_pcode = incident_column("adm2_pcode"), admin2 = incident_column("admin2");
    std::int64_t dead = row.has(fatalities) ? row.integer(fatalities) : 0;
    std::uint32_t type = intern(row.text(event_type));
    count(adm1_, row.day(), row.text(adm1_pcode), row.text(admin1), type, sign, sign * dead);
    count(adm2_, row.day(), row.text(adm2_pcode), row.text(admin2), type, sign, sign * dead);
}

std::uint32_t RollupAccumulator::intern(std::string_view text) {
    auto it = ids_.find(text);
    if (it != ids_.end()) return it->second;
    auto id = static_cast<std::uint32_t>(texts_.size());
    ids_.emplace(texts_.emplace_back(text), id);
    return id;
}

void RollupAccumulator::count(Cells& cells, std::int64_t day, std::string_view pcode, std::string_view unit,
                              std::uint32_t event_type, std::int64_t events, std::int64_t fatalities) {
    RollupDelta& delta = cells[Cell{day, intern(pcode), intern(unit), event_type}];
    delta.events += events;
    delta.fatalities += fatalities;
}

void RollupAccumulator::each_cell(
    int level, const std::function<void(const RollupCellView&, const RollupDelta&)>& visit) const {
    // Texts ranked in byte order, as SQLite's BINARY collation and std::string compare them: the
    // cells then sort by integers alone.
    std::vector<std::uint32_t> by_text(texts_.size());
    for (std::uint32_t id = 0; id < by_text.size(); ++id) by_text[id] = id;
    std::sort(by_text.begin(), by_text.end(),
              [&](std::uint32_t a, std::uint32_t b) { return texts_[a] < texts_[b]; });
    std::vector<std::uint32_t> rank(texts_.size());
    for (std::uint32_t i = 0; i < by_text.size(); ++i) rank[by_text[i]] = i;

    struct Entry {
        const Cell* cell;
        const RollupDelta* delta;
    };
    const Cells& cells = level == 1 ? adm1_ : adm2_;
    std::vector<Entry> ordered;
    ordered.reserve(cells.size());
    cells.each([&](const Cell& cell, const RollupDelta& delta) { ordered.push_back(Entry{&cell, &delta}); });
    std::sort(ordered.begin(), ordered.end(), [&](const Entry& a, const Entry& b) {
        const Cell& x = *a.cell;
        const Cell& y = *b.cell;
        if (x.day != y.day) return x.day < y.day;
        if (x.pcode != y.pcode) return rank[x.pcode] < rank[y.pcode];
        if (x.unit != y.unit) return rank[x.unit] < rank[y.unit];
        return rank[x.event_type] < rank[y.event_type];
    });
    for (const Entry& entry : ordered) {
        const Cell& key = *entry.cell;
        visit(RollupCellView{key.day, texts_[key.pcode], texts_[key.unit], texts_[key.event_type]},
              *entry.delta);
    }
}

RollupChanges RollupAccumulator::changes() const {
    RollupChanges changes;
    for (int level : {1, 2}) {
        auto& target = level == 1 ? changes.adm1 : changes.adm2;
        each_cell(level, [&](const RollupCellView& cell, const RollupDelta& delta) {
            target.emplace_hint(target.end(),
                                RollupKey{cell.day, std::string(cell.pcode), std::string(cell.unit),
                                          std::string(cell.event_type)},
                                delta);
        });
    }
    return changes;
}

RollupDelta& RollupAccumulator::Cells::operator[](const Cell& cell) {
    // Kept at most half full, so probes stay short.
    if (2 * (size_ + 1) > slots_.size()) grow();
    std::size_t mask = slots_.size() - 1;
    for (std::size_t index = hash(cell) & mask;; index = (index + 1) & mask) {
        Slot& slot = slots_[index];
        if (!slot.used) {
            slot = Slot{cell, RollupDelta{}, true};
            ++size_;
            return slot.delta;
        }
        if (slot.cell == cell) return slot.delta;
    }
}

void RollupAccumulator::clear_cells() {
    adm1_.clear();
    adm2_.clear();
}

void RollupAccumulator::Cells::clear() {
    for (Slot& slot : slots_) slot.used = false;
    size_ = 0;
}

void RollupAccumulator::Cells::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : 2 * old.size(), Slot{});
    size_ = 0;
    for (const Slot& slot : old)
        if (slot.used) (*this)[slot.cell] = slot.delta;
}

std::size_t RollupAccumulator::Cells::hash(const Cell& cell) {
    // splitmix64's finaliser over the packed ids: every input bit reaches the low bits the mask keeps.
    std::uint64_t hash = static_cast<std::uint64_t>(cell.day) * 0x9E3779B97F4A7C15ull;
    hash ^= (static_cast<std::uint64_t>(cell.pcode) << 42) ^ (static_cast<std::uint64_t>(cell.unit) << 21) ^
            cell.event_type;
    hash ^= hash >> 30;
    hash *= 0xBF58476D1CE4E5B9ull;
    hash ^= hash >> 27;
    hash *= 0x94D049BB133111EBull;
    return static_cast<std::size_t>(hash ^ (hash >> 31));
}

}  // namespace mssops::store
