#include "store/sqlite/sqlite_text_repair.hpp"

#include <boost/json/parse.hpp>

#include "domain/kind_names.hpp"
#include "domain/text_encoding.hpp"
#include "store/query_checks.hpp"
#include "store/record_columns.hpp"
#include "store/record_json.hpp"
#include "store/record_writes.hpp"
#include "store/sqlite/sqlite_incident_rows.hpp"
#include "store/sqlite/sqlite_record_transaction.hpp"
#include "store/timestamp.hpp"
#include "store/utf8_guard.hpp"

namespace mssops::store {
namespace {

namespace json = boost::json;
using domain::Fields;
using domain::Record;
using domain::Result;
using domain::TextEncoding;

/// One record's fields as stored, as they will be shown in the audit, and as re-encoded.
struct FieldRepair {
    std::vector<std::string> bad;  // Fields holding bytes that are not UTF-8.
    bool decodable = true;         // Every bad text is windows-1252.
    Fields shown;                  // Bad bytes replaced by U+FFFD.
    Fields repaired;               // Bad texts read as windows-1252.
};

/// Reads one text: unchanged when it is UTF-8, else noted under `name` and re-encoded.
void repair_text(const std::string& text, const std::string& name, FieldRepair& repair, std::string& shown,
                 std::string& repaired) {
    if (domain::is_valid_utf8(text)) {
        shown = repaired = text;
        return;
    }
    repair.bad.push_back(name);
    shown = domain::replace_invalid_utf8(text);
    // The old import copied the file's bytes as they were; the files were Windows-1252 or Latin-1,
    // which agree on every letter, so that is how the bytes are read back.
    repaired.clear();
    if (domain::append_decoded(text, TextEncoding::windows_1252, repaired)) {
        repair.decodable = false;
        repaired = shown;
    }
}

FieldRepair repair_fields(const Fields& stored) {
    FieldRepair repair;
    for (const auto& [raw_name, value] : stored) {
        std::string name, unused;
        repair_text(raw_name, raw_name, repair, name, unused);
        if (const auto* text = std::get_if<std::string>(&value)) {
            std::string shown, repaired;
            repair_text(*text, name, repair, shown, repaired);
            repair.shown[name] = shown;
            repair.repaired[name] = repaired;
        } else if (const auto* list = std::get_if<domain::TextList>(&value)) {
            domain::TextList shown(list->size()), repaired(list->size());
            for (std::size_t i = 0; i < list->size(); ++i)
                repair_text((*list)[i], name + "[" + std::to_string(i) + "]", repair, shown[i], repaired[i]);
            repair.shown[name] = shown;
            repair.repaired[name] = repaired;
        } else {
            repair.shown[name] = value;
            repair.repaired[name] = value;
        }
    }
    return repair;
}

std::string shown_key(const Fields& fields) {
    const std::string* key = domain::text_of(fields, "key");
    return key ? domain::replace_invalid_utf8(*key) : std::string();
}

/// The record rows whose body is not UTF-8, read before any is rewritten.
Result<std::vector<Record>> damaged_records(SqliteConnection& connection, TextCheckReport& report,
                                            std::vector<std::string>& bodies) {
    auto statement =
        connection.prepare(std::string("SELECT ") + sqlite_record_columns + " FROM records ORDER BY id");
    if (!statement) return statement.error();
    std::vector<Record> records;
    for (;;) {
        auto row = statement->step();
        if (!row) return row.error();
        if (!*row) break;
        ++report.checked;
        std::string body = statement->text(6);
        if (domain::is_valid_utf8(body)) continue;
        Record record;
        record.id = statement->integer(0);
        record.kind = statement->text(1);
        record.version = statement->integer(2);
        record.retired = statement->integer(3) != 0;
        record.created_at = statement->text(4);
        record.updated_at = statement->text(5);
        records.push_back(std::move(record));
        bodies.push_back(std::move(body));
    }
    return records;
}

/// `before` as the repair writes it: its texts re-encoded when every bad one is windows-1252, else
/// shown with U+FFFD and retired; a version on, stamped `now`.
Record repaired_record(const Record& before, const FieldRepair& fields, const std::string& now) {
    Record after = before;
    after.fields = fields.decodable ? fields.repaired : fields.shown;
    after.retired = before.retired || !fields.decodable;
    after.version = before.version + 1;
    after.updated_at = now;
    return after;
}

Result<void> check_records(SqliteConnection& connection, TextRepair repair, const Actor& who,
                           const std::string& now, TextCheckReport& report) {
    std::vector<std::string> bodies;
    auto records = damaged_records(connection, report, bodies);
    if (!records) return records.error();
    SqliteRecordTransaction transaction(connection);
    for (std::size_t i = 0; i < records->size(); ++i) {
        Record& before = (*records)[i];
        TextDamage damage{before.kind, before.id, "", {}, TextDamageOutcome::found};
        json::parse_options options;
        options.allow_invalid_utf8 = true;
        boost::system::error_code ec;
        json::value parsed = json::parse(bodies[i], ec, {}, options);
        auto kind = stored_kind(before.kind);
        auto stored = !ec && parsed.is_object()
                          ? fields_from_json(parsed.get_object())
                          : Result<Fields>(domain::Error::invalid("body", "unreadable"));
        if (!stored || !kind) {
            damage.fields = {"body"};
            damage.outcome = TextDamageOutcome::unreadable;
            report.damaged.push_back(std::move(damage));
            continue;
        }
        FieldRepair fields = repair_fields(*stored);
        damage.key = shown_key(*stored);
        damage.fields = fields.bad;
        if (repair == TextRepair::yes) {
            before.fields = fields.shown;
            const Record after = repaired_record(before, fields, now);
            if (auto ok = transaction.update(after, columns_of(**kind, after.fields)); !ok) return ok.error();
            AuditEntry entry{0,           now,       who.name,           "repair",
                             before.kind, before.id, audit_text(before), audit_text(after)};
            if (auto ok = transaction.append_audit(entry); !ok) return ok.error();
            damage.outcome = fields.decodable ? TextDamageOutcome::reencoded : TextDamageOutcome::retired;
        }
        report.damaged.push_back(std::move(damage));
    }
    return {};
}

Result<void> check_incidents(SqliteConnection& connection, TextRepair repair, const Actor& who,
                             const std::string& now, TextCheckReport& report) {
    std::vector<Record> damaged;
    {
        auto statement =
            connection.prepare("SELECT " + incident_select_columns() + " FROM incidents ORDER BY id");
        if (!statement) return statement.error();
        for (;;) {
            auto row = statement->step();
            if (!row) return row.error();
            if (!*row) break;
            ++report.checked;
            Record record = read_incident(*statement).record;
            bool valid = true;
            for (const auto& [name, value] : record.fields)
                if (const auto* text = std::get_if<std::string>(&value);
                    text && !domain::is_valid_utf8(*text))
                    valid = false;
            if (!valid) damaged.push_back(std::move(record));
        }
    }
    for (const Record& before : damaged) {
        FieldRepair fields = repair_fields(before.fields);
        TextDamage damage{std::string(domain::kinds::incidents), before.id, shown_key(before.fields),
                          fields.bad, TextDamageOutcome::found};
        if (repair == TextRepair::yes) {
            Record shown = before;
            shown.fields = fields.shown;
            const Record after = repaired_record(before, fields, now);
            if (auto ok = check_utf8_fields(domain::kinds::incidents, after.fields); !ok) return ok.error();
            SqliteIncidentRowWriter rows(connection);
            if (auto ok = rows.update(after); !ok) return ok.error();
            // The rollups are keyed by the stored texts, so the old row comes off under its old bytes.
            RollupAccumulator rollups;
            if (!before.retired) rollups.add(before.fields, -1);
            if (!after.retired) rollups.add(after.fields, +1);
            if (auto ok = rows.apply_rollups(rollups); !ok) return ok.error();
            if (auto ok = rows.append_audit(incident_audit_entry(who, "repair", &shown, after)); !ok)
                return ok.error();
            damage.outcome = fields.decodable ? TextDamageOutcome::reencoded : TextDamageOutcome::retired;
        }
        report.damaged.push_back(std::move(damage));
    }
    return {};
}

}  // namespace

Result<TextCheckReport> check_stored_text(SqliteDatabase& database, TextRepair repair, const Actor& who) {
    const std::string now = utc_timestamp_now();
    auto work = [&](SqliteConnection& connection) -> Result<TextCheckReport> {
        TextCheckReport report;
        if (auto ok = check_records(connection, repair, who, now, report); !ok) return ok.error();
        if (auto ok = check_incidents(connection, repair, who, now, report); !ok) return ok.error();
        return report;
    };
    if (repair == TextRepair::yes) return database.write(work);
    return database.read(work);
}

}  // namespace mssops::store
