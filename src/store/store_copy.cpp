#include "store/store_copy.hpp"

#include <algorithm>
#include <string>

#include "domain/kind_catalog.hpp"
#include "store/alert_tables.hpp"
#include "store/query_checks.hpp"

namespace mssops::store {

namespace {

domain::Result<std::vector<domain::Record>> all_records(RecordStore& records) {
    std::vector<domain::Record> all;
    for (const auto& kind : domain::all_kinds()) {
        if (!stored_kind(kind.name)) continue;  // Incidents live in the IncidentStore.
        auto records_of_kind =
            list_all_records(records, ListQuery{.kind = kind.name, .include_retired = true});
        if (!records_of_kind) return records_of_kind.error();
        for (auto& record : *records_of_kind) all.push_back(std::move(record));
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

domain::Result<std::vector<domain::Record>> all_incidents(IncidentStore& incidents) {
    std::vector<domain::Record> all;
    IncidentQuery query;
    query.include_retired = true;
    auto visited = incidents.each(query, [&](const domain::Record& incident) { all.push_back(incident); });
    if (!visited) return visited.error();
    // Ascending ids, so that a target with an empty id sequence hands out the same ids.
    std::sort(all.begin(), all.end(),
              [](const domain::Record& a, const domain::Record& b) { return a.id < b.id; });
    return all;
}

domain::Result<void> check_empty(Store& to) {
    const domain::Error occupied =
        domain::Error::conflict("destination", "already holds incidents or users; load into an empty store");
    IncidentQuery query;
    query.include_retired = true;
    query.limit = 1;
    auto incidents = to.incidents().list(query);
    if (!incidents) return incidents.error();
    if (incidents->total > 0) return occupied;
    auto users = to.accounts().list_users();
    if (!users) return users.error();
    if (!users->empty()) return occupied;
    return {};
}

domain::Result<std::int64_t> copy_incidents(const std::vector<domain::Record>& incidents, Store& to,
                                            const Actor& who) {
    if (incidents.empty()) return std::int64_t{0};
    auto imported = to.incidents().import(who, [&](IncidentImport& import) -> domain::Result<ImportSummary> {
        for (const auto& incident : incidents) {
            if (auto put = import.put(incident.fields); !put)
                return domain::Error{put.error().code,
                                     "incidents[" + incident.key() + "]." + put.error().field,
                                     put.error().message};
            if (incident.retired) {
                if (auto retired = import.retire_key(incident.key()); !retired) return retired.error();
            }
        }
        return ImportSummary{.copied_by = "migrate"};
    });
    if (!imported) return imported.error();
    return static_cast<std::int64_t>(incidents.size());
}

domain::Result<CopySummary> copy_accounts(Store& from, Store& to, const Actor& who, CopySummary summary) {
    auto users = from.accounts().list_users();
    if (!users) return users.error();
    for (const auto& user : *users) {
        // The Argon2id hash travels as it is, so every password keeps working.
        if (auto created = to.accounts().create_user(user, who); !created) return created.error();
        ++summary.users;
        auto tokens = from.accounts().list_tokens(user.name);
        if (!tokens) return tokens.error();
        // Oldest first, as they were made.
        for (auto token = tokens->rbegin(); token != tokens->rend(); ++token) {
            auto created = to.accounts().create_token(*token, who);
            if (!created) return created.error();
            if (token->revoked) {
                if (auto revoked = to.accounts().revoke_token(created->id, who); !revoked)
                    return revoked.error();
            }
            ++summary.api_tokens;
        }
    }
    return summary;
}

}  // namespace

domain::Result<CopySummary> copy_store(Store& from, Store& to) {
    // Checked before anything is written: the steps after the snapshot cannot be undone together.
    if (auto empty = check_empty(to); !empty) return empty.error();
    auto records = all_records(from.records());
    if (!records) return records.error();
    auto audit = all_audit(from.audit());
    if (!audit) return audit.error();
    auto incidents = all_incidents(from.incidents());
    if (!incidents) return incidents.error();
    if (auto loaded = to.load_snapshot(*records, *audit); !loaded) return loaded.error();
    CopySummary summary{.records = static_cast<std::int64_t>(records->size()),
                        .audit_entries = static_cast<std::int64_t>(audit->size())};
    const Actor who{copy_actor};
    auto copied_incidents = copy_incidents(*incidents, to, who);
    if (!copied_incidents) return copied_incidents.error();
    summary.incidents = *copied_incidents;
    auto accounts = copy_accounts(from, to, who, summary);
    if (!accounts) return accounts.error();
    summary = *accounts;
    auto tables = dump_alert_tables(from);
    if (!tables) return tables.error();
    if (auto loaded = load_alert_tables(to, *tables, who); !loaded) return loaded.error();
    summary.alerts = static_cast<std::int64_t>(tables->front().size());
    for (const auto& rows : *tables) summary.alert_rows += static_cast<std::int64_t>(rows.size());
    return summary;
}

}  // namespace mssops::store
