#include "ingest/boundary_crosswalk.hpp"

#include <boost/json.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "ingest/place_name.hpp"

namespace mssops::ingest {
namespace {

namespace json = boost::json;
using domain::Error;

std::string upper(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::string text_of(const domain::Fields& fields, const char* name) {
    const std::string* text = domain::text_of(fields, name);
    return text ? *text : std::string();
}

}  // namespace

domain::Result<SubdivisionCrosswalk> SubdivisionCrosswalk::read(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Error::not_found(file.string(), "cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    boost::system::error_code ec;
    json::value document = json::parse(text.str(), ec);
    const std::string name = file.filename().string();
    if (ec) return Error::bad_syntax(name, "is not valid JSON: " + ec.message());
    const json::array* units = document.is_object() && document.as_object().contains("units")
                                   ? document.as_object().at("units").if_array()
                                   : nullptr;
    if (!units) return Error::invalid(name, "must be an object with a \"units\" array");
    std::map<std::string, std::string> pairs;
    for (std::size_t i = 0; i < units->size(); ++i) {
        const json::object* unit = (*units)[i].if_object();
        const json::value* code = unit ? unit->if_contains("iso3166_2") : nullptr;
        const json::value* pcode = unit ? unit->if_contains("pcode") : nullptr;
        if (!code || !code->is_string() || !pcode || !pcode->is_string())
            return Error::invalid(name + ":units[" + std::to_string(i) + "]",
                                  "must have the text fields iso3166_2 and pcode");
        pairs.emplace(std::string(code->get_string()), std::string(pcode->get_string()));
    }
    return from_pairs(std::move(pairs));
}

SubdivisionCrosswalk SubdivisionCrosswalk::from_pairs(std::map<std::string, std::string> pcode_by_code) {
    SubdivisionCrosswalk crosswalk;
    for (auto& [code, pcode] : pcode_by_code) crosswalk.pcode_by_code_.emplace(upper(code), std::move(pcode));
    return crosswalk;
}

std::optional<std::string> SubdivisionCrosswalk::pcode(std::string_view code) const {
    auto it = pcode_by_code_.find(upper(code));
    if (it == pcode_by_code_.end()) return std::nullopt;
    return it->second;
}

CrosswalkReport map_onto_existing(std::vector<domain::Fields>& units,
                                  const std::vector<domain::Record>& existing,
                                  const SubdivisionCrosswalk& crosswalk) {
    std::map<std::string, const domain::Record*> by_pcode;
    std::map<std::string, const domain::Record*> by_name;
    for (const auto& unit : existing) {
        if (const std::string* pcode = unit.text("pcode")) by_pcode.emplace(*pcode, &unit);
        for (const char* field : {"name", "name_alt"})
            if (const std::string* name = unit.text(field)) by_name.emplace(bare_place_name(*name), &unit);
    }
    CrosswalkReport report;
    for (auto& unit : units) {
        const std::string pcode = text_of(unit, "pcode");
        if (by_pcode.count(pcode)) continue;
        const domain::Record* match = nullptr;
        std::optional<std::string> mapped = crosswalk.pcode(pcode);
        if (mapped) {
            ++report.by_code;
            if (auto it = by_pcode.find(*mapped); it != by_pcode.end()) match = it->second;
        } else if (auto it = by_name.find(bare_place_name(text_of(unit, "name"))); it != by_name.end()) {
            ++report.by_name;
            match = it->second;
        }
        if (match) {
            // The same unit as the stored one: it keeps its key, P-code, names and parent.
            for (const char* field : {"key", "pcode", "name", "name_alt", "parent_pcode"}) {
                if (const std::string* value = match->text(field))
                    unit[field] = *value;
                else
                    unit.erase(field);
            }
        } else if (mapped) {
            std::string key = *mapped;
            for (char& c : key)
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            unit["pcode"] = *mapped;
            unit["key"] = key;
        }
    }
    return report;
}

domain::Result<void> check_second_set(int level, const std::vector<domain::Record>& existing,
                                      const std::vector<domain::Fields>& units, const std::string& source_id,
                                      Replace replace) {
    if (replace == Replace::yes || existing.empty()) return {};
    std::set<std::string> sources;
    for (const auto& unit : existing)
        if (const std::string* source = unit.text("source_id"); source && *source != source_id)
            sources.insert(*source);
    if (sources.empty()) return {};
    std::string named;
    for (const auto& source : sources) named += (named.empty() ? "" : ", ") + source;
    return Error::conflict(
        "--replace", "level " + std::to_string(level) + " already holds " + std::to_string(existing.size()) +
                         " admin units from source " + named + "; the file's " +
                         std::to_string(units.size()) + " units from " + source_id +
                         " would be a second set: pass --replace to put them in their place");
}

std::vector<std::int64_t> units_replaced(const std::vector<domain::Record>& existing,
                                         const std::vector<domain::Fields>& units) {
    std::set<std::string> kept;
    for (const auto& unit : units) kept.insert(text_of(unit, "pcode"));
    std::vector<std::int64_t> ids;
    for (const auto& unit : existing)
        if (const std::string* pcode = unit.text("pcode"); !pcode || !kept.count(*pcode))
            ids.push_back(unit.id);
    return ids;
}

}  // namespace mssops::ingest
