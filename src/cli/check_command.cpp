#include "cli/check_command.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <iostream>

#include "store/sqlite/sqlite_store.hpp"
#include "store/sqlite/sqlite_text_repair.hpp"

namespace mssops::cli {
namespace {

const char* outcome_text(store::TextDamageOutcome outcome) {
    switch (outcome) {
        case store::TextDamageOutcome::found:
            return "found";
        case store::TextDamageOutcome::reencoded:
            return "reencoded";
        case store::TextDamageOutcome::retired:
            return "retired";
        case store::TextDamageOutcome::unreadable:
            return "unreadable";
    }
    return "found";
}

std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& name : names) text += (text.empty() ? "" : ", ") + name;
    return text;
}

void print_report(const store::TextCheckReport& report, bool repair) {
    for (const auto& damage : report.damaged) {
        std::cout << damage.kind << ' ' << damage.id << " (key \"" << damage.key
                  << "\"): " << joined(damage.fields);
        switch (damage.outcome) {
            case store::TextDamageOutcome::found:
                std::cout << ": not UTF-8";
                break;
            case store::TextDamageOutcome::reencoded:
                std::cout << ": re-encoded from windows-1252";
                break;
            case store::TextDamageOutcome::retired:
                std::cout << ": not windows-1252 either; retired, bad bytes shown as U+FFFD";
                break;
            case store::TextDamageOutcome::unreadable:
                std::cout << ": the body does not parse; restore this record from a backup";
                break;
        }
        std::cout << '\n';
    }
    std::cout << report.checked << " records and incidents checked, " << report.damaged.size()
              << (repair ? " repaired or reported\n" : " with text that is not UTF-8\n");
}

}  // namespace

void add_check_command(CLI::App& app, CliContext& context) {
    static bool repair = false;
    auto* command = add_command(app, "check",
                                "Find records whose stored text is not UTF-8 (left by imports of Latin-1 "
                                "files before they were decoded); exit 1 when any");
    command->add_flag("--repair", repair,
                      "Re-encode them from windows-1252 (or retire those that are not), each with an audit "
                      "row, all in one transaction");
    command->callback([&context] {
        auto opened = context.open_store();
        if (!opened) return context.fail(opened.error());
        auto* sqlite = dynamic_cast<store::SqliteStore*>(opened->get());
        // PostgreSQL's UTF8 databases refuse invalid bytes on every write, so none can be stored.
        if (!sqlite) {
            if (context.json)
                return CliContext::print_json(
                    boost::json::object{{"checked", 0}, {"damaged", boost::json::array{}}});
            std::cout << "nothing to check: PostgreSQL refuses text that is not UTF-8 on every write\n";
            return;
        }
        auto report = store::check_stored_text(sqlite->database(),
                                               repair ? store::TextRepair::yes : store::TextRepair::no,
                                               store::Actor{CliContext::actor_name()});
        if (!report) return context.fail(report.error());
        if (context.json) {
            boost::json::array damaged;
            for (const auto& damage : report->damaged) {
                boost::json::array fields;
                for (const auto& field : damage.fields) fields.emplace_back(field);
                damaged.push_back(boost::json::object{{"kind", damage.kind},
                                                      {"id", damage.id},
                                                      {"key", damage.key},
                                                      {"fields", std::move(fields)},
                                                      {"outcome", outcome_text(damage.outcome)}});
            }
            CliContext::print_json(
                boost::json::object{{"checked", report->checked}, {"damaged", std::move(damaged)}});
        } else {
            print_report(*report, repair);
        }
        for (const auto& damage : report->damaged)
            if (!repair || damage.outcome == store::TextDamageOutcome::unreadable) context.exit_code = 1;
    });
}

}  // namespace mssops::cli
