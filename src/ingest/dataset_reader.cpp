#include "ingest/dataset_reader.hpp"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <fstream>
#include <map>
#include <sstream>

#include "domain/kind_catalog.hpp"
#include "domain/record_validation.hpp"
#include "store/record_json.hpp"

namespace mssops::ingest {
namespace {

namespace json = boost::json;
using domain::Error;

domain::Result<std::string> read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error::not_found(path.string(), "cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

domain::Result<void> read_file_records(const std::filesystem::path& path, const domain::KindSpec& kind,
                                       Dataset& dataset) {
    auto text = read_file(path);
    if (!text) return text.error();
    const std::string name = path.filename().string();
    boost::system::error_code ec;
    json::value value = json::parse(*text, ec);
    if (ec) return Error::bad_syntax(name, "is not valid JSON: " + ec.message());
    if (!value.is_array())
        return Error::invalid(name, "must hold a JSON array of " + kind.singular + " records");
    const auto& items = value.get_array();
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string origin = name + "[" + std::to_string(i) + "]";
        if (!items[i].is_object()) return Error::invalid(origin, "must be a JSON object");
        auto fields = store::fields_from_json(items[i].get_object(), origin + ".");
        if (!fields) return fields.error();
        auto valid = domain::validate_fields(kind, *fields, domain::Completeness::whole_record);
        if (!valid) return Error::invalid(origin + "." + valid.error().field, valid.error().message);
        if (!valid->count("key"))
            return Error::invalid(origin + ".key",
                                  "is required in a data set, so that loading it twice changes nothing");
        dataset.changes.push_back({kind.name, std::move(valid).value()});
        dataset.origins.push_back((path.parent_path().filename() / name).string() + "[" + std::to_string(i) +
                                  "]");
    }
    return {};
}

}  // namespace

domain::Result<Dataset> read_dataset(const std::vector<std::filesystem::path>& folders) {
    std::map<std::string, std::vector<std::filesystem::path>> files_by_kind;
    for (const auto& folder : folders) {
        std::error_code ec;
        if (!std::filesystem::is_directory(folder, ec))
            return Error::not_found(folder.string(), "is not a folder holding a data set");
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            if (entry.path().extension() == ".json") files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            const std::string kind = file.stem().string();
            if (!domain::find_kind(kind))
                return Error::invalid(file.string(),
                                      "is not named after a record kind (e.g. positions.json)");
            files_by_kind[kind].push_back(file);
        }
    }
    Dataset dataset;
    for (const auto& kind : domain::all_kinds()) {
        auto it = files_by_kind.find(kind.name);
        if (it == files_by_kind.end()) continue;
        for (const auto& file : it->second)
            if (auto ok = read_file_records(file, kind, dataset); !ok) return ok.error();
    }
    return dataset;
}

}  // namespace mssops::ingest
