#include "cli/record_commands.hpp"

#include "domain/country_codes.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/kind_help.hpp"
#include "cli/table.hpp"
#include "domain/kind_catalog.hpp"
#include "store/record_json.hpp"

namespace mssops::cli {
namespace {

namespace json = boost::json;
using domain::Error;

std::string kind_names() {
    std::string names;
    for (const auto& kind : domain::all_kinds()) names += (names.empty() ? "" : ", ") + kind.name;
    return names;
}

domain::Result<const domain::KindSpec*> known_kind(const std::string& name) {
    const auto* kind = domain::find_kind(name);
    if (!kind) return Error::invalid("kind", "must be one of " + kind_names() + ", got \"" + name + "\"");
    return kind;
}

std::string cell(const domain::Record& record, const std::string& field) {
    auto it = record.fields.find(field);
    if (it == record.fields.end()) return "";
    json::value value = store::field_to_json(it->second);
    if (value.is_string()) return std::string(value.get_string());
    return json::serialize(value);
}

/// The columns a person scans first: a label, the date, and the source.
std::vector<std::string> summary_fields(const domain::KindSpec& kind) {
    std::vector<std::string> fields;
    for (const char* name :
         {"name", "title", "iso3", "country", "actor", "stance", "event", "count", "number", "symbol",
          "engagement_kind", "organisation_kind", "action", "status", "amount", "currency", "event_type"})
        if (kind.field(name) && fields.size() < 5) fields.emplace_back(name);
    if (!kind.date_field.empty()) fields.push_back(kind.date_field);
    if (kind.field("source_id")) fields.emplace_back("source_id");
    return fields;
}

void print_page(const domain::KindSpec& kind, const store::Page& page) {
    auto fields = summary_fields(kind);
    std::vector<std::string> headers{"id", "key"};
    headers.insert(headers.end(), fields.begin(), fields.end());
    Table table(headers);
    for (const auto& record : page.items) {
        std::vector<std::string> row{std::to_string(record.id), record.key()};
        for (const auto& field : fields) row.push_back(cell(record, field));
        table.add_row(std::move(row));
    }
    table.print(std::cout);
    std::cout << page.items.size() << " of " << page.total << " " << kind.name << '\n';
}

domain::Result<domain::Record> find_record(store::Store& store, const std::string& kind,
                                           const std::string& id_or_key) {
    bool numeric = !id_or_key.empty() && id_or_key.find_first_not_of("0123456789") == std::string::npos;
    if (numeric) return store.records().get(kind, std::stoll(id_or_key));
    return store.records().find_by_key(kind, id_or_key);
}

domain::Result<std::vector<store::Change>> read_changes(const std::string& kind, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error::not_found("--file", "cannot read \"" + path + "\"");
    std::ostringstream text;
    text << in.rdbuf();
    boost::system::error_code ec;
    json::value value = json::parse(text.str(), ec);
    if (ec) return Error::bad_syntax(path, "is not valid JSON: " + ec.message());
    std::vector<store::Change> changes;
    auto add = [&](const json::value& item, const std::string& where) -> domain::Result<void> {
        if (!item.is_object()) return Error::invalid(where, "must be a JSON object");
        auto fields = store::fields_from_json(item.get_object());
        if (!fields) return fields.error();
        changes.push_back({kind, std::move(fields).value()});
        return {};
    };
    if (value.is_array()) {
        for (std::size_t i = 0; i < value.get_array().size(); ++i)
            if (auto ok = add(value.get_array()[i], path + "[" + std::to_string(i) + "]"); !ok)
                return ok.error();
    } else if (auto ok = add(value, path); !ok) {
        return ok.error();
    }
    return changes;
}

}  // namespace

void add_record_commands(CLI::App& app, CliContext& context) {
    static std::string kind_name, id_or_key, file;
    static store::ListQuery query;
    static std::string from, to, country, mission;
    static bool include_retired = false;

    auto* list = add_command(app, "list", "List records of a kind, paged and filtered");
    list->add_option("kind", kind_name, "Record kind: " + kind_names())->required();
    list->add_option("--from", from, "Earliest date, YYYY-MM-DD");
    list->add_option("--to", to, "Latest date, YYYY-MM-DD");
    list->add_option("--country", country, "ISO 3166-1 alpha-3 code");
    list->add_option("--mission", mission, "Mission key, e.g. mss-haiti");
    list->add_option("--limit", query.limit, "Page size (1-1000)")->capture_default_str();
    list->add_option("--offset", query.offset, "Records to skip")->capture_default_str();
    list->add_flag("--retired", include_retired, "Include retired records");
    list->callback([&context] {
        auto kind = known_kind(kind_name);
        if (!kind) return context.fail(kind.error());
        query.kind = kind_name;
        if (!from.empty()) query.from = from;
        if (!to.empty()) query.to = to;
        if (!country.empty()) {
            auto code = domain::country_filter(country, "--country");
            if (!code) return context.fail(code.error());
            query.country = *code;
        }
        if (!mission.empty()) query.mission = mission;
        query.include_retired = include_retired;
        auto store = context.open_store();
        if (!store) return context.fail(store.error());
        auto page = (*store)->records().list(query);
        if (!page) return context.fail(page.error());
        if (context.json) return CliContext::print_json(store::page_to_json(*page));
        print_page(**kind, *page);
    });

    auto* show = add_command(app, "show", "Show one record by id or key");
    show->add_option("kind", kind_name, "Record kind")->required();
    show->add_option("id", id_or_key, "Numeric id or key")->required();
    show->callback([&context] {
        if (auto kind = known_kind(kind_name); !kind) return context.fail(kind.error());
        auto store = context.open_store();
        if (!store) return context.fail(store.error());
        auto record = find_record(**store, kind_name, id_or_key);
        if (!record) return context.fail(record.error());
        auto object = store::record_to_json(*record);
        if (context.json) return CliContext::print_json(object);
        Table table({"field", "value"});
        for (const auto& member : object) {
            const auto& value = member.value();
            table.add_row({std::string(member.key()),
                           value.is_string() ? std::string(value.get_string()) : json::serialize(value)});
        }
        table.print(std::cout);
    });

    auto* add = add_command(app, "add",
                            "Add records of a kind from a JSON file (an object or an array; all or nothing)");
    add->add_option("kind", kind_name, "Record kind: " + kind_names())->required();
    add->footer(kind_fields_help());
    add->add_option("--file", file, "JSON file holding one record or an array of records")->required();
    add->callback([&context] {
        if (auto kind = known_kind(kind_name); !kind) return context.fail(kind.error());
        auto changes = read_changes(kind_name, file);
        if (!changes) return context.fail(changes.error());
        auto store = context.open_store();
        if (!store) return context.fail(store.error());
        auto summary = (*store)->records().apply(*changes, store::Actor{CliContext::actor_name()});
        if (!summary) return context.fail(summary.error());
        if (context.json)
            return CliContext::print_json(json::object{{"created", summary->created},
                                                       {"updated", summary->updated},
                                                       {"unchanged", summary->unchanged}});
        std::cout << summary->created << " created, " << summary->updated << " updated, "
                  << summary->unchanged << " unchanged\n";
    });
}

}  // namespace mssops::cli
